// Relations that the order of names alone implies: a place written directly before another name
// qualifies it. 四川省凉山州 says 凉山州 is part of 四川省; 金阳县青花椒现代农业产业园 and
// 四川省凉山州乡村振兴局 say the park and the bureau sit in that place. Nothing may stand between them.
import type { RelationType } from "../model/vocabulary.js";
import type { Mention } from "./mentions.js";
import { PLACES, placeParent } from "./places.js";
import { splitSentences, type Span } from "./sentences.js";
import type { FoundRelation } from "./relations.js";

/** One implied relation per pair of touching mentions whose first is a place. */
export function adjacentRelations(sentence: Span, mentions: readonly Mention[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i] as Mention;
    const next = mentions[i + 1] as Mention;
    // A country before a foreign city (美国旧金山湾区) only says which one is meant.
    if (
      place.end !== next.start ||
      place.type !== "Region" ||
      place.subtype === "Country" ||
      next.subtype === "Country"
    )
      continue;
    if (next.type === "Program" || next.type === "Person" || next.type === "Event") continue;
    const type: RelationType =
      next.type === "Region" || (next.type === "Institution" && next.subtype === "GovernmentBody")
        ? "PART_OF"
        : "LOCATED_IN";
    found.push({
      source: next,
      target: place,
      type,
      rule: "adjacent.place",
      quote: sentence.text,
      certainty: "implied",
      amount: "",
      carried: false,
    });
  }
  return found;
}

/** The relation a place named inside a name implies: a government body is part of it, anything else lies in it. */
export function nestedPlaceRelation(owner: Mention): RelationType {
  return owner.type === "Institution" && owner.subtype === "GovernmentBody" ? "PART_OF" : "LOCATED_IN";
}

/**
 * Where general knowledge places a named place (海曙区 in 宁波市, 慕尼黑 in 德国), once per document
 * and only when the document names the parent too: a Chinese place is part of its parent, a foreign
 * city lies in its country. The quote is the sentence that first names the child.
 */
export function placeHierarchyRelations(text: string, mentions: readonly Mention[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  for (const child of mentions) {
    if (child.type !== "Region") continue;
    const known = placeParent(child.fullName ?? child.text) ?? placeParent(child.text);
    if (!known) continue;
    const parent = mentions.find((m) => m.type === "Region" && denotes(m, known.parent));
    const key = `${child.known ?? child.fullName ?? child.text}|${known.parent}`;
    if (!parent || seen.has(key) || denotes(child, known.parent)) continue;
    seen.add(key);
    const foreign = PLACES.some((p) => p.subtype === "Country" && p.form === known.parent);
    const type: RelationType = foreign ? "LOCATED_IN" : "PART_OF";
    found.push({
      source: child,
      target: parent,
      type,
      rule: "place.parent",
      quote: sentenceOf(text, child),
      certainty: "implied",
      amount: "",
      carried: false,
    });
  }
  return found;
}

/** True when mention `m` names the place whose full name is `full` (宁波 or 宁波市 for 宁波市). */
function denotes(m: Mention, full: string): boolean {
  return m.text === full || m.fullName === full || PLACES.some((p) => p.full === full && p.form === m.text);
}

function sentenceOf(text: string, m: Mention): string {
  const sentence = splitSentences(text).find((s) => s.start <= m.start && m.end <= s.end);
  return sentence?.text ?? text.slice(m.start, m.end);
}
