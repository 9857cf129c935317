// Finds the mentions of one document: known entities from the gazetteer, new names from the
// suffix patterns (a longer new name wins over the known names inside it), and short forms.
import type { EntityType } from "../model/vocabulary.js";
import { expandShortPrefix, isShortForm, KNOWN_SHORT_FORMS } from "./abbreviations.js";
import { Gazetteer, type KnownMention } from "./gazetteer.js";
import { nameKey } from "./keys.js";
import { namesAKind } from "./kinds.js";
import { findListedBrands } from "./brands.js";
import { DESCRIPTIVE_HEAD } from "./boundaries.js";
import { homeOf, linkByNormalForm } from "./linking.js";
import { findPatternNames, longestFirst, type PatternName } from "./names.js";
import { isParticular, nerNames, snapToWords, titledPeople, type Words } from "./ner.js";
import { findPeople } from "./people.js";
import { PLACE_TYPE, PLACES } from "./places.js";
import { splitSentences } from "./sentences.js";

/** A review item: a new name that may be a known entity under another form. */
interface Proposal {
  id: string;
  name: string;
  reason: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  subtype: string;
  /** `gazetteer`, `suffix:研究院`, `book-title`, `short-form`. */
  rule: string;
  /** The known entity when the gazetteer (or an exact key) matched it. */
  known?: string;
  /** A possible known entity, for review; never applied silently. */
  proposal?: Proposal;
  /** For a short form of an entity the data lacks: the full name it stands for (天大 -> 天津大学). */
  fullName?: string;
  /** Known entities named inside this mention (均胜电子 in 均胜电子创新产业园). */
  nested: string[];
}

/**
 * Every mention in `text` (simplified script), in text order and without overlaps. `words` are its
 * LAC words: they set the boundaries of suffix names and add the ORG, LOC and PER spans.
 */
export function findDocumentMentions(text: string, gazetteer: Gazetteer, words: Words): Mention[] {
  const known = gazetteer.scan(text);
  const places = new Gazetteer(gazetteer.entities.filter((e) => e.type === "Region"));
  const home = homeOf(text);
  const mentions: Mention[] = [];
  const suffixNames = splitSentences(text)
    .flatMap((s) =>
      findPatternNames(s.text).map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start })),
    )
    .map((n) => (n.rule.startsWith("suffix:") && SNAPPED.has(n.type) ? snapToWords(n, words) : n))
    .filter((n): n is PatternName => n !== undefined && acceptable(n, text, words, gazetteer));
  // A place span of LAC that ends where a suffix name ends (新疆库车市 and 库车市) yields to the rule,
  // which starts a county after its province.
  const spans = nerNames(words)
    .filter((n) => n.type !== "Region" || !suffixNames.some((s) => s.end === n.end && s.type === "Region"))
    .map((n) => (n.rule === "ner:ORG-bare" ? wholeListItem(n, text) : n));
  const names = longestFirst([...suffixNames, ...spans]);
  const kept = new Set<KnownMention>(known);
  for (const name of names) {
    const inside = known.filter((k) => k.start < name.end && name.start < k.end);
    const contains = inside.every(
      (k) => k.start >= name.start && k.end <= name.end && k.end - k.start < name.end - name.start,
    );
    if (!contains) continue;
    for (const k of inside) kept.delete(k);
    // A known name inside a new one implies a relation only when it is a whole word there: 杭州 in
    // the one word 杭州湾新区 is part of a place name, not a place the name states.
    const whole = inside.filter((k) => words.whole(k.start, k.end));
    const nested = [
      ...new Set([...whole.map((k) => k.entity.id), ...shortPrefixOwner(name.name, gazetteer)]),
    ];
    mentions.push(resolveNew({ ...name, text: name.name, nested }, gazetteer, home));
  }
  for (const k of kept) {
    const nested = [
      ...new Set([...shortPrefixOwner(k.form, gazetteer), ...placesInside(k, places, words)]),
    ].filter((id) => id !== k.entity.id);
    mentions.push({
      start: k.start,
      end: k.end,
      text: k.form,
      type: k.entity.type,
      subtype: k.entity.subtype,
      rule: "gazetteer",
      known: k.entity.id,
      nested,
    });
  }
  mentions.push(...findShortForms(text, gazetteer, mentions));
  mentions.push(...findPlaces(text, gazetteer, mentions));
  mentions.push(...findBareForms(text, gazetteer, home, mentions));
  const free = (start: number, end: number): boolean => !mentions.some((m) => m.start < end && start < m.end);
  const people = [
    ...titledPeople(words, text).map((p) => ({ ...p, text: p.name, nested: [] })),
    ...findPeople(text, free),
  ];
  for (const person of people)
    if (free(person.start, person.end)) mentions.push(resolveNew(person, gazetteer, home));
  mentions.push(...findListedBrands(text, free).map((m) => resolveNew(m, gazetteer, home)));
  return mentions.sort((a, b) => a.start - b.start);
}

/** A list item: after 、, up to 、 or 等, at most eight characters. */
const LIST_ITEM = /^[\u4e00-\u9fffA-Za-z]{1,8}$/;

/**
 * A bare ORG span of LAC that covers only part of a list item (康龙 in 吉利汽车研发中心、康龙化成、
 * 复旦杭州湾科创园) is the whole item: the items of such a list are whole names.
 */
function wholeListItem(name: PatternName, text: string): PatternName {
  // Only to the right: a span that opens an item already starts the name (当年市委 is no name).
  const start = name.start;
  let end = name.end;
  while (end < text.length && !/[、，,。；\s“”等]/.test(text[end] ?? "")) end++;
  const item = text.slice(start, end);
  if (text[start - 1] !== "、" || end === name.end || !LIST_ITEM.test(item)) return name;
  return { ...name, end, name: item };
}

/** Types whose suffix names start on a word boundary (events and programmes keep their own left edge: 2024世界设计之都大会). */
const SNAPPED: ReadonlySet<string> = new Set(["Institution", "Company", "Fund", "Park", "Region"]);

const DETERMINER = /相关|有关|各类|各级|各地|若干|一批|多家|其他|多部门|各部门|多个/;

/** A new suffix name is kept when it is a particular body (or a known one, or a programme or event). */
function acceptable(name: PatternName, text: string, words: Words, gazetteer: Gazetteer): boolean {
  if (!name.rule.startsWith("suffix:")) return true;
  if (gazetteer.lookup(name.name)) return true;
  if (namesAKind(text, name)) return false;
  if (!SNAPPED.has(name.type) || name.type === "Region") return true;
  // 世界一流高科技园区, 国家级高新区: a rank or a grade before a kind of body describes, it does not name.
  if (DESCRIPTIVE_HEAD.test(name.name) && !/[“”"A-Za-z0-9]/.test(name.name)) return false;
  // 工行总行相关部门, 各类孵化器: a determiner inside refers to bodies, it does not name one.
  if (DETERMINER.test(name.name)) return false;
  return isParticular(name, words, name.rule.length - "suffix:".length);
}

function resolveNew(
  mention: Omit<Mention, "known" | "proposal"> & { name?: string },
  gazetteer: Gazetteer,
  home: string | undefined,
): Mention {
  const { name: _name, ...rest } = mention;
  const exact = gazetteer.lookup(rest.text);
  if (exact) return { ...rest, known: exact.id, type: exact.type, subtype: exact.subtype };
  const link = linkByNormalForm(rest.text, gazetteer.entities, home);
  if (link)
    return {
      ...rest,
      type: link.entity.type,
      subtype: link.entity.subtype,
      proposal: { id: link.entity.id, name: link.entity.name_zh, reason: link.reason },
    };
  return { ...rest, proposal: propose(rest.text, gazetteer) };
}

/** Proposes a known entity that `name` may denote: a short form of it, or the same name with a short prefix. */
function propose(name: string, gazetteer: Gazetteer): Proposal | undefined {
  const pairs = [
    ...KNOWN_SHORT_FORMS,
    ...gazetteer.entities.flatMap((e) => e.aliases.map((alias) => ({ short: alias, full: e.name_zh }))),
  ];
  const expanded = expandShortPrefix(name, pairs);
  const viaPrefix = expanded ? gazetteer.lookup(expanded) : undefined;
  if (viaPrefix)
    return {
      id: viaPrefix.id,
      name: viaPrefix.name_zh,
      reason: `${name} reads as ${expanded} (short form expanded)`,
    };
  const forms = [name, ...(name.startsWith("市") ? [`宁波${name}`] : [])];
  for (const entity of gazetteer.entities) {
    for (const form of forms) {
      if (isShortForm(form, entity.name_zh))
        return {
          id: entity.id,
          name: entity.name_zh,
          reason: `${name} may be a short form of ${entity.name_zh}`,
        };
      if (
        isShortForm(entity.name_zh, form) &&
        nameKey(form).includes(nameKey(entity.name_zh).slice(0, 2)) &&
        entity.name_zh.length >= 4
      ) {
        return {
          id: entity.id,
          name: entity.name_zh,
          reason: `${entity.name_zh} may be a short form of ${name}`,
        };
      }
    }
  }
  return undefined;
}

/** Short forms of known names (天大 for 天津大学) in text that no other mention covers. */
function findShortForms(text: string, gazetteer: Gazetteer, taken: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const free = (start: number, end: number): boolean =>
    ![...taken, ...found].some((m) => m.start < end && start < m.end);
  for (const { short, full } of KNOWN_SHORT_FORMS) {
    const entity = gazetteer.lookup(full);
    for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + 1)) {
      if (!free(at, at + short.length)) continue;
      const proposal = entity
        ? { id: entity.id, name: entity.name_zh, reason: `${short} is a common short form of ${full}` }
        : undefined;
      found.push({
        start: at,
        end: at + short.length,
        text: short,
        type: entity?.type ?? "Institution",
        subtype: entity?.subtype ?? "",
        rule: "short-form",
        proposal,
        nested: [],
        ...(entity ? {} : { fullName: full }),
      });
    }
  }
  return found;
}

/** The known entity whose short form opens `name` (西工大 in 西工大宁波研究院): the name's parent. */
function shortPrefixOwner(name: string, gazetteer: Gazetteer): string[] {
  const pair = KNOWN_SHORT_FORMS.find((p) => name.startsWith(p.short) && name.length > p.short.length + 1);
  const owner = pair ? gazetteer.lookup(pair.full) : undefined;
  return owner ? [owner.id] : [];
}

/** Known places named inside a known name (宁波 in 宁波科技大市场): the place it lies in. */
function placesInside(known: KnownMention, places: Gazetteer, words: Words): string[] {
  const form = known.form;
  if (form.length < 4) return [];
  return places
    .scan(form)
    .filter(
      (k) =>
        k.entity.type === "Region" &&
        k.end - k.start < form.length &&
        words.whole(known.start + k.start, known.start + k.end),
    )
    .map((k) => k.entity.id);
}

/** Forms a text about its home city uses for the home's own bodies, without the city's name. */
const BARE_FORMS = /(?:国家)?高新区(?:管委会)?/g;
/** A lone 管委会 in a text about the home's zone (and no other zone) is the zone's committee. */
const LONE_COMMITTEE = /(?<![\u4e00-\u9fff])管委会|(?<=[，。；、\n])管委会/g;
const OTHER_ZONE = /新区|开发区|经开区|保税区|自贸区/;

/** 高新区 in a Ningbo text: the home's zone, proposed for review (never silently the known entity). */
function findBareForms(
  text: string,
  gazetteer: Gazetteer,
  home: string | undefined,
  taken: readonly Mention[],
): Mention[] {
  if (!home) return [];
  const found: Mention[] = [];
  const committees =
    text.includes("高新区") && !OTHER_ZONE.test(text.replaceAll("高新区", ""))
      ? [...text.matchAll(LONE_COMMITTEE)]
      : [];
  for (const match of [...text.matchAll(BARE_FORMS), ...committees]) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((m) => m.start < end && start < m.end)) continue;
    const form = match[0] === "管委会" ? "高新区管委会" : match[0];
    const link = linkByNormalForm(form, gazetteer.entities, home);
    if (!link) continue;
    found.push({
      start,
      end,
      text: match[0],
      type: link.entity.type,
      subtype: link.entity.subtype,
      rule: "bare-form",
      proposal: { id: link.entity.id, name: link.entity.name_zh, reason: link.reason },
      nested: [],
    });
  }
  return found;
}

/** Common place names (上海, 美国, 象山) in text that no other mention covers, longest first at each position. */
function findPlaces(text: string, gazetteer: Gazetteer, taken: readonly Mention[]): Mention[] {
  const busy = new Uint8Array(text.length);
  for (const m of taken) busy.fill(1, m.start, m.end);
  const byLength = [...PLACES].sort((a, b) => b.form.length - a.form.length);
  const found: Mention[] = [];
  for (let at = 0; at < text.length; at++) {
    if (busy[at]) continue;
    const place = byLength.find(
      (p) => text.startsWith(p.form, at) && !busy.subarray(at, at + p.form.length).includes(1),
    );
    if (!place) continue;
    const end = at + place.form.length;
    const entity = gazetteer.lookup(place.form) ?? (place.full ? gazetteer.lookup(place.full) : undefined);
    const base = { start: at, end, text: place.form, rule: "place", nested: [] };
    found.push(
      entity
        ? { ...base, type: entity.type, subtype: entity.subtype, known: entity.id }
        : {
            ...base,
            type: PLACE_TYPE,
            subtype: place.subtype,
            ...(place.full ? { fullName: place.full } : {}),
          },
    );
    busy.fill(1, at, end);
    at = end - 1;
  }
  return found;
}
