// The statistical layer under the rules: LAC's words give the boundaries of names (a suffix name
// starts at a word start, never inside 步入 or 以上), its ORG and LOC spans are names the suffix
// rules cannot see (康龙化成, 杭州湾新区), and its PER spans after a title are people (主任崔平).
import type { Token } from "./lac/lac.js";
import type { PatternName } from "./names.js";
import type { EntityType } from "../model/vocabulary.js";
import { GENERIC } from "./boundaries.js";
import { PLACES } from "./places.js";
import { SUFFIX_RULES } from "./suffixes.js";

/** Word classes that never open a name: verbs, prepositions, conjunctions, adverbs, particles, pronouns, numbers. */
const NOT_A_NAME_START = new Set([
  "v",
  "vd",
  "p",
  "c",
  "d",
  "u",
  "xc",
  "r",
  "m",
  "q",
  "f",
  "ad",
  "TIME",
  "t",
]);
/** Word classes that make a suffix name a particular one rather than a description (技术大孵化器). */
const PROPER = new Set(["ORG", "LOC", "PER", "nz", "nw", "ns", "nr", "nt"]);
/** A head this long (区域创新发展 in …联合基金) is a particular name even without a proper word. */
const LONG_HEAD = 4;
/** Place suffixes that make a LAC place span a new Region (东海, 青藏高原 and 浙西 are geography, not entities). */
const ADMIN_SUFFIX = /(自治区|自治州|街道|[省市县州镇乡])$/;
/** Titles written before a person's name (卢山副省长 also, but the title-first order is the usual one). */
const TITLES =
  "书记|副书记|省长|副省长|市长|副市长|区长|副区长|县长|主任|副主任|局长|副局长|院长|副院长|所长|校长|董事长|总经理|副总经理|总裁|创始人|负责人|主席|部长|理事长|首席科学家|总工程师|常委|委员|院士|教授|研究员|博士";
const TITLE_BEFORE = new RegExp(`(?:${TITLES})$`);

export class Words {
  /** For each offset, the index of the word covering it (-1 for spaces). */
  private readonly at: Int32Array;

  constructor(
    readonly tokens: readonly Token[],
    length: number,
  ) {
    this.at = new Int32Array(length).fill(-1);
    tokens.forEach((t, i) => this.at.fill(i, t.start, t.end));
  }

  word(offset: number): Token | undefined {
    const i = this.at[offset] ?? -1;
    return i >= 0 ? this.tokens[i] : undefined;
  }

  /** True when `offset` is the start of a word (or an offset no word covers). */
  startsWord(offset: number): boolean {
    const w = this.word(offset);
    return !w || w.start === offset;
  }

  /** True when a word ends exactly at `offset`. */
  endsWord(offset: number): boolean {
    const w = this.word(offset - 1);
    return !w || w.end === offset;
  }

  /** True when start..end is made of whole words (杭州 is not, inside the one word 杭州湾新区). */
  whole(start: number, end: number): boolean {
    return this.startsWord(start) && this.endsWord(end);
  }

  /** The words inside start..end. */
  inside(start: number, end: number): Token[] {
    return this.tokens.filter((t) => t.start >= start && t.end <= end);
  }
}

/**
 * A suffix name with its left edge moved onto a word start, past words that cannot open a name
 * (步入宁波市高新区 -> 宁波市高新区, 以上企业研究院 -> 企业研究院); undefined when nothing is left.
 */
export function snapToWords(name: PatternName, words: Words): PatternName | undefined {
  let start = name.start;
  // A one-character verb is often LAC's misreading of a name's first character (可之 in 可之(宁波)…).
  // So is a one-character word right after punctuation (、均胜人工智能…研究院: 均 read as an adverb),
  // where no adverb or preposition stands.
  const afterPunctuation = (w: Token): boolean => {
    const before = words.word(w.start - 1);
    return w.start === 0 || before?.tag === "w";
  };
  const opensNoName = (w: Token): boolean =>
    NOT_A_NAME_START.has(w.tag) &&
    !((w.tag === "v" || w.tag === "vd") && w.text.length === 1) &&
    !(w.text.length === 1 && afterPunctuation(w));
  const first = words.word(start);
  if (first && first.start < start && opensNoName(first)) start = first.end;
  for (let w = words.word(start); w && w.end < name.end && opensNoName(w); w = words.word(start))
    start = w.end;
  if (start >= name.end) return undefined;
  if (start === name.start) return name;
  return { ...name, start, name: name.name.slice(start - name.start) };
}

/**
 * True when a new suffix name names a particular body: it holds a proper word (a place, an
 * organisation, a brand), a quote, latin letters or digits, or is one LAC word tagged as a name.
 * 初创公司, 技术大孵化器 and 企业研究院 hold none and are descriptions.
 */
export function isParticular(name: PatternName, words: Words, suffixLength: number): boolean {
  if (/[“”"《A-Za-z0-9]/.test(name.name)) return true;
  if (name.name.length - suffixLength >= LONG_HEAD) return true;
  return words.inside(name.start, name.end).some((w) => PROPER.has(w.tag));
}

/** LAC's ORG and LOC spans as names, typed by their suffix (or Company / Region without one). */
export function nerNames(words: Words): PatternName[] {
  const found: PatternName[] = [];
  for (const token of words.tokens) {
    if (token.tag !== "ORG" && token.tag !== "LOC") continue;
    const name = token.text;
    if ([...name].length < 2 || name.length > 30 || /^[\d\s]+$/.test(name)) continue;
    const rule = SUFFIX_RULES.find(
      (r) => name.endsWith(r.suffix) && name.length - r.suffix.length >= Math.min(r.minHead, 2),
    );
    // An ORG span without a known suffix (均联智行, 党中央) is still a name LAC recognised: a
    // candidate typed by its last characters, unless it is a generic word LAC also tags ORG.
    if (!rule) {
      if (token.tag === "ORG") {
        const bare = bareOrganisation(name);
        if (bare) found.push({ start: token.start, end: token.end, name, ...bare, rule: "ner:ORG-bare" });
      }
      continue;
    }
    // An ORG span with a suffix must be an organisation's (not a place's or programme's). A LOC
    // span needs an administrative or park suffix.
    if (token.tag === "ORG" && (rule.type === "Region" || rule.type === "Program" || rule.type === "Event"))
      continue;
    if (token.tag === "LOC" && rule.type === "Region" && !ADMIN_SUFFIX.test(name)) continue;
    if (token.tag === "LOC" && rule.type !== "Region" && rule.type !== "Park") continue;
    // 初创公司: LAC tags a generic head with a suffix ORG too.
    if (GENERIC.has(name.slice(0, name.length - rule.suffix.length))) continue;
    found.push({
      start: token.start,
      end: token.end,
      name,
      type: rule.type,
      subtype: rule.subtype,
      rule: `ner:${token.tag}`,
    });
  }
  return found;
}

/**
 * Words LAC tags ORG that are not names (from the false positives on the five curated documents):
 * eras, sectors and generic nouns, and a place followed by a field (市工业, 宁波科技).
 */
const GENERIC_ORG = new Set([
  "新时代",
  "聚力",
  "新能源汽车",
  "综合金融",
  "区域",
  "中华",
  "市工业",
  "宁波科技",
  "宁波一众",
  "苹果",
]);
/** Endings that make a bare ORG span a public body rather than a company (党中央, 市委, 科技部, 基金委). */
const PUBLIC_BODY = /(?:中央|党委|[委部厅办署])$/;

/**
 * The type of a bare ORG span, or undefined when it is no name: too short or long, digits or
 * spaces, a generic word, or a place alone (宁波, 甬江: LAC tags a place used for its
 * government ORG; the place rules name it).
 */
export function bareOrganisation(name: string): { type: EntityType; subtype: string } | undefined {
  if (name.length < 2 || name.length > 16 || /[\s\d]/.test(name) || GENERIC_ORG.has(name)) return undefined;
  if (PLACES.some((p) => p.form === name || p.full === name) || /^(?:宁波|甬江|杭州湾)$/.test(name))
    return undefined;
  if (PUBLIC_BODY.test(name)) return { type: "Institution", subtype: "GovernmentBody" };
  return { type: "Company", subtype: "Company" };
}

/** People LAC tags PER, when a title stands right before them (主任崔平, 省委书记彭佳学). */
export function titledPeople(words: Words, text: string): PatternName[] {
  const found: PatternName[] = [];
  words.tokens.forEach((token, i) => {
    if (token.tag !== "PER" || !/^[\u4e00-\u9fff]{2,4}$/.test(token.text)) return;
    const before = text.slice(Math.max(0, token.start - 6), token.start);
    const previous = words.tokens[i - 1];
    if (!TITLE_BEFORE.test(before) || previous?.end !== token.start) return;
    found.push({
      start: token.start,
      end: token.end,
      name: token.text,
      type: "Person",
      subtype: "Person",
      rule: "ner:PER",
    });
  });
  return found;
}
