// Seeded synthetic innovation ecosystems in the data/ format, so benchmarks measure the real validator
// and loader: realistic type mix, heavy-tailed degrees (flagship parks and funds with thousands of
// links), funds investing in many companies, sentence-length quotes found verbatim in a few documents.
import type { Dataset, DocumentRecord, EntityRecord, RelationRecord } from "../src/model/records.js";
import { ENTITY_TYPE_INFO, type EntityType, type RelationType } from "../src/model/vocabulary.js";
import { seededRandom } from "../src/model/seeded-random.js";

export interface EcosystemOptions {
  /** Evidence rows to generate (relations.csv lines); distinct relationships come out a little fewer. */
  relations: number;
  seed?: number;
  /** Documents the quotes are spread over (default: one per 2000 rows, at least 5). */
  documents?: number;
}

/** Share of each entity type; companies dominate as in a fund registry, Region and Park are few. */
const TYPE_MIX: readonly [EntityType, number][] = [
  ["Company", 0.44],
  ["Institution", 0.12],
  ["Program", 0.1],
  ["Person", 0.1],
  ["Event", 0.08],
  ["Fund", 0.08],
  ["Park", 0.04],
  ["Region", 0.04],
];

/** Which relations occur between which types, and how often (weights, normalised below). */
const TEMPLATES: readonly {
  from: EntityType;
  type: RelationType;
  to: EntityType;
  w: number;
  verb: string;
}[] = [
  { from: "Fund", type: "INVESTED_IN", to: "Company", w: 30, verb: "领投了" },
  { from: "Company", type: "LOCATED_IN", to: "Park", w: 14, verb: "入驻" },
  { from: "Company", type: "LOCATED_IN", to: "Region", w: 4, verb: "落户" },
  { from: "Institution", type: "ESTABLISHED", to: "Fund", w: 4, verb: "发起设立了" },
  { from: "Company", type: "MANAGES", to: "Fund", w: 3, verb: "受托管理" },
  { from: "Company", type: "PARTICIPATES_IN", to: "Program", w: 6, verb: "入选" },
  { from: "Institution", type: "ISSUED", to: "Program", w: 4, verb: "出台了" },
  { from: "Program", type: "SUPPORTS", to: "Company", w: 8, verb: "重点支持" },
  { from: "Institution", type: "COLLABORATES_WITH", to: "Company", w: 6, verb: "与之携手共建平台的是" },
  { from: "Person", type: "HEADS", to: "Company", w: 4, verb: "担任董事长的企业是" },
  { from: "Institution", type: "HOSTS", to: "Event", w: 3, verb: "主办了" },
  { from: "Company", type: "PARTICIPATES_IN", to: "Event", w: 4, verb: "参加了" },
  { from: "Park", type: "INCUBATED", to: "Company", w: 5, verb: "孵化培育了" },
  { from: "Park", type: "PART_OF", to: "Region", w: 1, verb: "隶属于" },
  { from: "Company", type: "SUPPLIES", to: "Company", w: 2, verb: "为其提供核心部件的客户是" },
  { from: "Region", type: "FUNDS", to: "Company", w: 2, verb: "安排专项资金补助" },
];

const SUFFIX: Record<EntityType, readonly [string, string]> = {
  Company: ["科技有限公司", "Technology Co., Ltd."],
  Institution: ["研究院", "Research Institute"],
  Program: ["专项行动计划", "Action Plan"],
  Person: ["", ""],
  Event: ["创新创业大赛", "Innovation Competition"],
  Fund: ["产业投资基金", "Industry Fund"],
  Park: ["科创园", "Sci-Tech Park"],
  Region: ["新区", "New District"],
};
/** 64 characters for name codes; a fixed code length means no name is a substring of another. */
const HAN =
  "甬江东海明州镇慈溪余姚奉化象山宁北仑鄞华信瑞泰康恒达新和盛安远航智芯光电材能源汽车港湾云数研创启凤凰天一科润博晶森禾丰嘉宏鸿昌隆";
const LATIN = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱胡郭何";
const CLAUSES = [
  "，双方将在智能制造和新材料领域深化合作",
  "，总规模预计超过十亿元",
  "，这是推动科技成果转化的重要举措",
  "，助力宁波打造全球智造创新之都",
  "，项目已于去年底正式落地",
  "，并计划在三年内带动上下游企业集聚发展",
];

function code(index: number, length: number, alphabet: string): string {
  let out = "";
  for (let i = 0, n = index; i < length; i++, n = Math.floor(n / 64)) out += alphabet[n % 64];
  return out;
}

/** Cumulative weights, sampled by binary search: O(log n) per pick at 10^6 rows. */
class WeightedPicker {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly items: readonly EntityRecord[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  pick(random: () => number): EntityRecord {
    const target = random() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return this.items[low] as EntityRecord;
  }
}

function makeEntities(count: number, random: () => number): Map<EntityType, EntityRecord[]> {
  const codeLength = Math.max(2, Math.ceil(Math.log(count) / Math.log(64)));
  const byType = new Map<EntityType, EntityRecord[]>();
  let index = 0;
  for (const [type, share] of TYPE_MIX) {
    const list: EntityRecord[] = [];
    const n = Math.max(3, Math.round(count * share));
    for (let i = 0; i < n; i++, index++) {
      const han = code(index, codeLength, HAN);
      const latin = code(index, codeLength, LATIN);
      const [zh, en] = SUFFIX[type];
      const person = type === "Person";
      list.push({
        id: `syn-${type.toLowerCase()}-${index}`,
        type,
        subtype: ENTITY_TYPE_INFO[type].subtypes[index % ENTITY_TYPE_INFO[type].subtypes.length] ?? "",
        name_zh: person ? `${SURNAMES[index % SURNAMES.length]}${han}` : `宁波${han}${zh}`,
        name_en: person ? `Person ${latin}` : `Ningbo ${latin} ${en}`,
        // A short form for a fifth of the organisations, as the documents often use one.
        aliases: !person && random() < 0.2 ? [`${han}${zh.slice(0, 2)}`] : [],
        description_en: random() < 0.5 ? `Synthetic ${type.toLowerCase()} generated for benchmarks.` : "",
      });
    }
    byType.set(type, list);
  }
  return byType;
}

/** Pareto weights (alpha 1.2) plus three flagships per Park and Fund holding about a seventh of the weight each. */
function weightsFor(type: EntityType, list: readonly EntityRecord[], random: () => number): number[] {
  const weights = list.map(() => Math.pow(1 - random(), -1 / 1.2));
  if (type === "Park" || type === "Fund") {
    const total = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < Math.min(3, weights.length); i++) weights[i] = total / 4;
  }
  return weights;
}

/** A deterministic ecosystem: the same options always give byte-identical data. */
export function syntheticEcosystem({ relations: rowCount, seed = 1, documents }: EcosystemOptions): Dataset {
  // About 2000 evidence rows per document (data/ has ~70: these are long reports): years of reports, not one huge text.
  const docCount = documents ?? Math.max(5, Math.ceil(rowCount / 2000));
  const random = seededRandom(seed);
  const byType = makeEntities(Math.max(60, Math.round(rowCount / 2.2)), random);
  const pickers = new Map(
    [...byType].map(([type, list]) => [type, new WeightedPicker(list, weightsFor(type, list, random))]),
  );
  const totalWeight = TEMPLATES.reduce((a, t) => a + t.w, 0);
  const lines: string[][] = Array.from({ length: docCount }, () => []);
  const relations: RelationRecord[] = [];
  for (let i = 0; i < rowCount; i++) {
    let roll = random() * totalWeight;
    const template = TEMPLATES.find((t) => (roll -= t.w) < 0) ?? TEMPLATES[0]!;
    const source = pickers.get(template.from)!.pick(random);
    let target = pickers.get(template.to)!.pick(random);
    if (target === source) target = pickers.get(template.to)!.pick(random);
    if (target === source) continue;
    const doc = Math.floor(random() * docCount);
    const clause = CLAUSES[Math.floor(random() * CLAUSES.length)];
    const year = 2015 + Math.floor(random() * 10);
    const money = template.type === "INVESTED_IN" || template.type === "FUNDS";
    const amount = money && random() < 0.6 ? `${1 + Math.floor(random() * 9999)}万元` : "";
    const quote = `${year}年，${source.name_zh}${template.verb}${target.name_zh}${amount ? `，金额${amount}` : ""}${clause}（第${i}条）`;
    lines[doc]!.push(`据报道，${quote}。`);
    relations.push({
      source: source.id,
      type: template.type,
      target: target.id,
      doc: `syn-doc-${doc}`,
      quote,
      amount,
      date: random() < 0.5 ? String(year) : "",
      certainty: random() < 0.15 ? "implied" : "explicit",
      note: "",
    });
  }
  const documentRecords: DocumentRecord[] = lines.map((paragraphs, d) => ({
    id: `syn-doc-${d}`,
    file: `syn-doc-${d}.txt`,
    title: `宁波创新生态合成报道之${d + 1}`,
    title_en: `Synthetic report ${d + 1}`,
    kind: "news",
    publisher: "合成日报",
    authors: ["合成记者"],
    date: `2024-0${(d % 9) + 1}-15`,
    date_note: "",
    language: "zh",
    text: `${paragraphs.join("\n")}\n`,
  }));
  return { documents: documentRecords, entities: [...byType.values()].flat(), relations };
}

/** Concatenates datasets whose ids do not overlap (the real data beside a synthetic one). */
export function mergeDatasets(...sets: Dataset[]): Dataset {
  return {
    documents: sets.flatMap((s) => s.documents),
    entities: sets.flatMap((s) => s.entities),
    relations: sets.flatMap((s) => s.relations),
  };
}

/** Degree of every entity counted over evidence rows (for the tests and the report). */
export function degrees(dataset: Dataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of dataset.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}
