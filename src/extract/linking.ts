// Linking that never duplicates silently: a new name is compared with every known form after
// normalisation (宁波市国家高新区, 宁波国家高新区 and a bare 高新区 in a Ningbo text all read as
// 宁波高新区), and a match becomes a proposal for review, never a new entity.
import type { EntityRecord } from "../model/records.js";
import { nameKey } from "./keys.js";

/** Rewrites that do not change what a name denotes, applied in order. */
const REWRITES: readonly [RegExp, string][] = [
  [/高新技术产业开发区/g, "高新区"],
  [/经济技术开发区/g, "经开区"],
  [/管理委员会/g, "管委会"],
  [/人民政府/g, "政府"],
  [/科学技术局/g, "科技局"],
  [/国家(高新区|经开区)/g, "$1"],
  [/^(中国|中华人民共和国)?浙江省/, "浙江"],
  [/^宁波市/, "宁波"],
  [/(股份有限公司|有限责任公司|有限公司|集团有限公司)$/, ""],
  [/[(（](筹|暂名)[)）]$/, ""],
  // “2020年度国家级科技企业孵化器”名单: a year's list of a known rating reads as the rating.
  [/^(?:\d{4}年度?)?(.{4,})(?:名单|榜单)$/, "$1"],
];

/** The normal form of a name for comparison. */
export function normalForm(name: string): string {
  let form = nameKey(name);
  for (const [pattern, replacement] of REWRITES) form = form.replace(pattern, replacement);
  return form;
}

/** The forms a name may stand for in a text about `home` (宁波): itself, and home + name for 市…, 区…, 高新区. */
function readings(name: string, home: string | undefined): string[] {
  const form = normalForm(name);
  const forms = [form];
  if (home && !form.startsWith(home)) {
    const bare = form.replace(/^(市|全市|我市|本市|整个|该)/, "");
    forms.push(normalForm(`${home}${bare}`));
  }
  return forms;
}

interface Link {
  entity: EntityRecord;
  reason: string;
}

const indexes = new WeakMap<readonly EntityRecord[], Map<string, EntityRecord>>();

function indexOf(entities: readonly EntityRecord[]): Map<string, EntityRecord> {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities)
      for (const form of [e.name_zh, ...e.aliases]) {
        const key = normalForm(form);
        if (key.length >= 2 && !index.has(key)) index.set(key, e);
      }
    indexes.set(entities, index);
  }
  return index;
}

/** The known entity `name` reads as after normalisation, with the reason, if any. */
export function linkByNormalForm(
  name: string,
  entities: readonly EntityRecord[],
  home: string | undefined,
): Link | undefined {
  const index = indexOf(entities);
  for (const form of readings(name, home)) {
    const entity = index.get(form);
    if (entity)
      return {
        entity,
        reason: `${name} normalises to ${form}, a form of ${entity.name_zh}${form.startsWith(home ?? "\0") && !normalForm(name).startsWith(home ?? "\0") ? ` (read in a ${home} text)` : ""}`,
      };
  }
  return undefined;
}

/** The city a document is about, when it names Ningbo at least twice (the project's home). */
export function homeOf(text: string): string | undefined {
  const count = text.split("宁波").length - 1;
  return count >= 2 ? "宁波" : undefined;
}
