// Applies the trigger rules to each sentence: slots the mentions, expands lists (one relation per
// member), carries the subject into later clauses, and adds the relations that names imply by
// nesting (均胜电子创新产业园 is part of 均胜电子; 宁波高新区文体中心 lies in 宁波高新区).
import type { Certainty, RelationType } from "../model/vocabulary.js";
import {
  adjacentRelations,
  nestedPlaceRelation,
  openingNameRelations,
  placeHierarchyRelations,
} from "./adjacency.js";
import type { Mention } from "./mentions.js";
import { splitSentences, type Span } from "./sentences.js";
import { TRIGGER_RULES, type TriggerRule } from "./triggers.js";

export interface FoundRelation {
  source: Mention;
  target: Mention;
  type: RelationType;
  rule: string;
  /** The sentence: an exact substring of the document. */
  quote: string;
  certainty: Certainty;
  amount: string;
  /** True when the source is the subject carried over from an earlier clause. */
  carried: boolean;
}

const SLOT = 0xe000;
const AMOUNT = /\d+(?:\.\d+)?\s*(?:亿|万)元/;
const PLACE_TYPES = new Set(["Region", "Park"]);
/** Mentions that can be a paragraph's topic: actors, not programmes or events. */
const TOPIC_TYPES = new Set(["Region", "Institution", "Company", "Fund", "Park"]);

/** Every relation the rules find in `text`, given its mentions (in text order, no overlaps). */
export function findRelations(
  text: string,
  mentions: readonly Mention[],
  knownType: (id: string) => string | undefined,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  // The paragraph's topic: a sentence that opens with its trigger (实施…, 学习上海…) continues it;
  // without one, the document's most named actor (宁波 in a report on Ningbo) is the topic.
  const fallback = documentTopic(mentions);
  let topic: Mention | undefined;
  let previousEnd = 0;
  for (const sentence of splitSentences(text)) {
    if (text.slice(previousEnd, sentence.start).includes("\n\n")) topic = undefined;
    previousEnd = sentence.end;
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (inside.length === 0) continue;
    found.push(...sentenceRelations(sentence, inside, topic ?? fallback));
    found.push(...nestedRelations(sentence, inside, knownType));
    found.push(...adjacentRelations(sentence, inside));
    const opener = inside[0];
    if (
      opener &&
      TOPIC_TYPES.has(opener.type) &&
      !/[\u3400-\u9fff]/.test(text.slice(sentence.start, opener.start))
    )
      topic = opener;
  }
  found.push(...placeHierarchyRelations(text, mentions), ...openingNameRelations(text, mentions));
  return dedupe(found);
}

function sentenceRelations(
  sentence: Span,
  mentions: readonly Mention[],
  topic: Mention | undefined,
): FoundRelation[] {
  const { slotted } = slot(sentence, mentions);
  const found: FoundRelation[] = [];
  const amount = AMOUNT.exec(sentence.text)?.[0] ?? "";
  for (const rule of TRIGGER_RULES) {
    for (const match of slotted.matchAll(rule.pattern)) {
      const groups = match.groups ?? {};
      const listed = (...names: string[]): Mention[] =>
        names.flatMap((n) => decode(groups[n] ?? "", mentions));
      let sources = rule.source === "s" ? listed("s", "s2", "s3") : [];
      let targets = rule.target === "t" ? listed("t") : [];
      let carried = false;
      const named = subjectBefore(slotted, match.index, mentions, [...sources, ...targets]);
      // 这两个创新平台都位于…: a clause that opens with a demonstrative has a subject the rules
      // cannot resolve; the paragraph's topic is not it.
      const anaphoric = DEMONSTRATIVE.test(slotted.slice(clauseStartOf(slotted, match.index)));
      const subject = anaphoric
        ? undefined
        : (named ??
          (topic && ![...sources, ...targets].some((m) => sameEntity(m, topic)) ? topic : undefined));
      if (sources.length === 0 || rule.source === "subject") {
        sources = subject ? [subject] : [];
        carried = true;
      }
      if (rule.target === "subject") targets = subject ? [subject] : [];
      for (const source of sources) {
        for (const target of targets) {
          if (sameEntity(source, target) || !typeFits(rule, source, target)) continue;
          const money = rule.type === "INVESTED_IN" || rule.type === "ESTABLISHED" ? amount : "";
          found.push({
            source,
            target,
            type: rule.type,
            rule: rule.id,
            quote: sentence.text,
            certainty: "explicit",
            amount: money,
            carried,
          });
        }
      }
    }
  }
  return found;
}

const DEMONSTRATIVE = /^\s*(?:这|该|此|上述)/;

function clauseStartOf(slotted: string, index: number): number {
  return Math.max(slotted.lastIndexOf("，", index - 1), slotted.lastIndexOf(",", index - 1)) + 1;
}

/** The subject for a trigger at `index`: the nearest mention earlier in its clause, else the sentence's first mention. */
function subjectBefore(
  slotted: string,
  index: number,
  mentions: readonly Mention[],
  exclude: readonly Mention[],
): Mention | undefined {
  const clauseStart = clauseStartOf(slotted, index);
  for (let i = index - 1; i >= clauseStart; i--) {
    const mention = mentionAt(slotted, i, mentions);
    if (mention && !exclude.includes(mention) && !PLACE_TYPES.has(mention.type)) return mention;
  }
  for (let i = 0; i < index; i++) {
    const mention = mentionAt(slotted, i, mentions);
    if (mention && !exclude.includes(mention)) return mention;
  }
  return undefined;
}

/** The actor named most often in the document (a place or organisation), if any is named twice. */
function documentTopic(mentions: readonly Mention[]): Mention | undefined {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const m of mentions) {
    if (!TOPIC_TYPES.has(m.type)) continue;
    const key = m.known ?? m.fullName ?? m.text;
    const entry = counts.get(key) ?? { mention: m, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count >= 2 ? best.mention : undefined;
}

const sameEntity = (a: Mention, b: Mention): boolean =>
  a === b || (a.known ?? a.fullName ?? a.text) === (b.known ?? b.fullName ?? b.text);

function typeFits(rule: TriggerRule, source: Mention, target: Mention): boolean {
  return (
    (!rule.targetTypes || rule.targetTypes.includes(target.type)) &&
    (!rule.sourceTypes || rule.sourceTypes.includes(source.type))
  );
}

function nestedRelations(
  sentence: Span,
  mentions: readonly Mention[],
  knownType: (id: string) => string | undefined,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const mention of mentions) {
    for (const id of mention.nested) {
      // “2020年度国家级科技企业孵化器”名单 names the list it may be (its proposal), not a part of it.
      if (id === mention.proposal?.id) continue;
      const type = knownType(id);
      // A place inside a name (宁波高新区, 宁波市制造业高质量发展大会) states no act: only a
      // government body named after its place is the place's own (宁波市科学技术局 is part of 宁波市).
      if (!type || (type === "Region" && nestedPlaceRelation(mention) !== "PART_OF")) continue;
      const target: Mention = {
        start: mention.start,
        end: mention.start,
        text: id,
        type: type as Mention["type"],
        subtype: "",
        rule: "gazetteer",
        known: id,
        nested: [],
      };
      const relation: RelationType =
        type === "Region" ? nestedPlaceRelation(mention) : PLACE_TYPES.has(type) ? "LOCATED_IN" : "PART_OF";
      found.push({
        source: mention,
        target,
        type: relation,
        rule: "nest.name",
        quote: sentence.text,
        certainty: "implied",
        amount: "",
        carried: false,
      });
    }
  }
  return found;
}

function slot(sentence: Span, mentions: readonly Mention[]): { slotted: string } {
  let slotted = "";
  let at = sentence.start;
  mentions.forEach((mention, index) => {
    slotted +=
      sentence.text.slice(at - sentence.start, mention.start - sentence.start) +
      String.fromCharCode(SLOT + index);
    at = mention.end;
  });
  slotted += sentence.text.slice(at - sentence.start);
  return { slotted };
}

function mentionAt(slotted: string, index: number, mentions: readonly Mention[]): Mention | undefined {
  const code = slotted.charCodeAt(index);
  return code >= SLOT && code < SLOT + mentions.length ? mentions[code - SLOT] : undefined;
}

/**
 * The mentions of a slotted group, as a list. A place written right before another name, with
 * nothing between (四川省|凉山州|越西县…产业园), qualifies it: the head is the last name, so the
 * place is no member of the list.
 */
function decode(group: string, mentions: readonly Mention[]): Mention[] {
  const chars = [...group];
  return chars
    .map((ch, at) => ({ index: ch.charCodeAt(0) - SLOT, next: chars[at + 1] }))
    .filter(({ index }) => index >= 0 && index < mentions.length)
    .filter(({ index, next }) => {
      const mention = mentions[index] as Mention;
      const adjacent = next !== undefined && mentionAt(next, 0, mentions) !== undefined;
      return !(adjacent && PLACE_TYPES.has(mention.type) && mentions[index + 1]?.start === mention.end);
    })
    .map(({ index }) => mentions[index] as Mention);
}

/** Keeps the first relation per (source, type, target, quote); symmetric types compare unordered. */
function dedupe(relations: FoundRelation[]): FoundRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const [a, b] = [r.source.known ?? r.source.text, r.target.known ?? r.target.text];
    const pair = r.type === "COLLABORATES_WITH" && b < a ? `${b}|${a}` : `${a}|${b}`;
    const key = `${r.type}|${pair}|${r.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
