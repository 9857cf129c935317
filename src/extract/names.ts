// Finds new organisation, place and programme names by their suffix (the right boundary) and walks
// left to the first hard stop (the left boundary), trimming leading modifiers.
import {
  COUNTER_BEFORE,
  DESCRIPTIVE_HEAD,
  EVENT_STOPS,
  GENERIC,
  GENERIC_ENDINGS,
  HARD_STOPS,
  JURISDICTION_HEAD,
  LEADING_MODIFIERS,
  NAME_CHAR,
  PROTECTED,
  WEAK_MARK,
} from "./boundaries.js";
import { PLACES } from "./places.js";
import { SUFFIX_RULES, type SuffixRule } from "./suffixes.js";
import type { EntityType } from "../model/vocabulary.js";

export interface PatternName {
  /** Offsets into the text that was scanned. */
  start: number;
  end: number;
  name: string;
  type: EntityType;
  subtype: string;
  /** Which rule proposed it (`suffix:研究院`, `quoted`, `book-title`). */
  rule: string;
}

const MAX_NAME = 30;
/** Heads of county and city names are two or three characters (越西县, 喜德县, 阿克苏 takes 地区). */
const REGION_MAX_HEAD = 3;
/** What may follow a short brand name: punctuation, the end, or a list or clause particle. */
const BRAND_FOLLOW = /^$|[^\u3400-\u9fff]|[、等和与及的在将已是成为]/;
const REGION_CHARS = /[省市县州区镇]/;
/** A character after the suffix that shows the suffix was only the start of a longer word (市场, 区域). */
const WORD_CONTINUES: Record<string, RegExp> = {
  市: /[场民值级内外区县长委政]/,
  区: /[域位别块间内外委长]/,
  县: /[域级内外委长]/,
  州: /[市]/,
  省: /[级内外委长份]/,
  局: /[面势限部长]/,
  委: /[员会]/,
  中心: /[城区]/,
  工程: /[师]/,
  政府: /[引投]/,
  科技: /[局部厅创金成型]/,
  集团: /[公有]/,
  学院: /[路]/,
  大学: /[生科城]/,
  奖: /[励金品状杯章学会典礼]/,
};

/** Every name that a suffix rule finds in `text`, skipping positions `taken` (gazetteer matches). */
export function findPatternNames(
  text: string,
  taken: (index: number) => boolean = () => false,
): PatternName[] {
  const found: PatternName[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (taken(end - 1)) continue;
    const rule = SUFFIX_RULES.find(
      (r) => text.startsWith(r.suffix, end - r.suffix.length) && !continues(text, end, r),
    );
    if (!rule) continue;
    const start = leftBoundary(text, end - rule.suffix.length, rule, taken);
    if (start < 0) continue;
    const candidate = trim(text.slice(start, end), rule.type === "Event");
    const name = candidate.text;
    const head = name.slice(0, name.length - rule.suffix.length);
    // “种子工程”: a name the text puts in quotes is marked as a name, quotes outside it or inside.
    const enclosed = text[start + candidate.cut - 1] === "“" && text[end] === "”";
    const quoted = name.includes("“") || enclosed;
    if (
      head.length < (rule.weak && quoted ? 2 : rule.minHead) ||
      GENERIC.has(head) ||
      GENERIC.has(name) ||
      name.length > MAX_NAME
    )
      continue;
    // 宁波中科院创客空间部门负责人: 部门 after an organisation's name is a unit of it, not a name.
    if (
      rule.suffix === "部门" &&
      SUFFIX_RULES.some((r) => r.suffix.length >= 2 && r.type !== "Region" && head.endsWith(r.suffix))
    )
      continue;
    if (rule.brand && (head.length !== 2 || !BRAND_FOLLOW.test(text[end] ?? ""))) continue;
    if (!balanced(name) || GENERIC_ENDINGS.some((ending) => name.endsWith(ending))) continue;
    if (
      rule.weak &&
      !enclosed &&
      !WEAK_MARK.test(name) &&
      (!JURISDICTION_HEAD.test(head) || DESCRIPTIVE_HEAD.test(head))
    )
      continue;
    found.push({
      start: start + candidate.cut,
      end,
      name,
      type: rule.type,
      subtype: rule.subtype,
      rule: `suffix:${rule.suffix}`,
    });
  }
  return longestFirst([...found, ...quotedNames(text, taken)]);
}

function continues(text: string, end: number, rule: SuffixRule): boolean {
  const next = text[end] ?? "";
  return WORD_CONTINUES[rule.suffix]?.test(next) ?? false;
}

/** Where the name ending in `rule` at `suffixStart` begins, or -1 when no clear start is found. */
function leftBoundary(
  text: string,
  suffixStart: number,
  rule: SuffixRule,
  taken: (i: number) => boolean,
): number {
  const region = rule.type === "Region";
  const short = region && rule.suffix.length === 1;
  let start = suffixStart;
  let quotes = 0;
  while (start > 0) {
    const ch = text[start - 1] ?? "";
    // Inside quotes a space may separate words (“金融助科创 驱动新发展”); nameKey drops it.
    if (!NAME_CHAR.test(ch) && !(quotes > 0 && ch === " ")) break;
    if (ch === "+" && quotes === 0) break;
    // 。” closes a quoted sentence (“…95项。”复旦杭州湾科创园负责人说): the name starts after it.
    if (ch === "”" && /[。！？!?]/.test(text[start - 2] ?? "")) break;
    if (ch === "”") quotes++;
    if (ch === "“") {
      if (quotes === 0) break;
      quotes--;
    }
    if (taken(start - 1)) break;
    if (
      quotes === 0 &&
      (rule.type === "Event"
        ? EVENT_STOPS.some((w) => text.startsWith(w, start - w.length))
        : stopEndsAt(text, start))
    )
      break;
    if (quotes === 0 && COUNTER_BEFORE.test(text.slice(Math.max(0, start - 4), start))) break;
    // A county after its province or prefecture (四川省凉山州越西县, 新疆库车市) starts after them.
    if (region && suffixStart - start >= 2 && ((short && REGION_CHARS.test(ch)) || placeEndsAt(text, start)))
      break;
    // A place name is short: a walk that runs past four characters did not find its start.
    if (short && suffixStart - start >= REGION_MAX_HEAD) return -1;
    start--;
  }
  return start;
}

function placeEndsAt(text: string, at: number): boolean {
  return PLACES.some(
    (p) => p.form.length >= 2 && at >= p.form.length && text.startsWith(p.form, at - p.form.length),
  );
}

/** True when a hard-stop word ends at `at` and is not part of a protected compound there. */
function stopEndsAt(text: string, at: number): boolean {
  for (const stop of HARD_STOPS) {
    const from = at - stop.length;
    if (from < 0 || !text.startsWith(stop, from)) continue;
    const shielded = PROTECTED.some((word) => {
      for (let s = Math.max(0, from - word.length + 1); s <= from; s++) {
        if (text.startsWith(word, s) && s + word.length >= at && s <= from) return true;
      }
      return false;
    });
    if (!shielded) return true;
  }
  return false;
}

/** Leading modifiers off; an event keeps its year and scope (2024世界设计之都大会, 全市…推进大会) and loses only counts. */
function trim(name: string, event = false): { text: string; cut: number } {
  let text = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of event ? LEADING_MODIFIERS.slice(-1) : LEADING_MODIFIERS) {
      const match = pattern.exec(text);
      if (match && match[0].length < text.length) {
        text = text.slice(match[0].length);
        changed = true;
      }
    }
  }
  return { text, cut: name.length - text.length };
}

function balanced(name: string): boolean {
  const open = [...name].filter((c) => c === "“" || c === "（" || c === "(").length;
  const close = [...name].filter((c) => c === "”" || c === "）" || c === ")").length;
  return open === close && !name.startsWith("”") && !name.startsWith("）");
}

/** 《…》 titles are policies and plans, and so is a quoted name after an issuing verb. */
function quotedNames(text: string, taken: (i: number) => boolean): PatternName[] {
  const found: PatternName[] = [];
  for (const match of text.matchAll(/《([^《》]{2,40})》/g)) {
    const start = match.index;
    if (taken(start + 1)) continue;
    found.push({
      start: start + 1,
      end: start + match[0].length - 1,
      name: match[1] ?? "",
      type: "Program",
      subtype: "Policy",
      rule: "book-title",
    });
  }
  // 推出“高新人才9策24条”: a quoted name that a body issues is a programme, whatever its ending.
  for (const match of text.matchAll(
    /(?:推出|出台|发布|启动|实施|印发)(?:了)?(?:一项|一批|一系列)?“([^“”]{2,20})”/g,
  )) {
    const start = match.index + match[0].length - (match[1] ?? "").length - 1;
    if (taken(start)) continue;
    found.push({
      start,
      end: start + (match[1] ?? "").length,
      name: match[1] ?? "",
      type: "Program",
      subtype: "Policy",
      rule: "quoted-issued",
    });
  }
  return found;
}

/** Resolves overlaps: the longest name wins, then the earliest. */
export function longestFirst<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: T[] = [];
  for (const item of sorted) {
    if (chosen.some((c) => c.start < item.end && item.start < c.end)) continue;
    chosen.push(item);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
