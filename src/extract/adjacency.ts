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

/**
 * A name that opens with another name the same document uses (宁波高新区文体中心 after 宁波高新区,
 * 均胜电子创新产业园 after 均胜电子), new or known: the body it opens with owns it (a park or zone:
 * it lies there, or its management committee manages it). Places are left to the word-boundary rule (杭州 opens 杭州湾新区 but does not own it).
 * Once per pair, quoting the sentence that names the longer one first.
 */
const OWNED_TYPES: ReadonlySet<string> = new Set(["Institution", "Company", "Fund", "Park"]);
/** A zone's management committee (宁波市国家高新区管委会) runs the zone it opens with; it does not lie in it. */
const MANAGING_BODY = /(?:管委会|管理委员会)$/;

export function openingNameRelations(text: string, mentions: readonly Mention[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  const keyOf = (m: Mention): string => m.known ?? m.fullName ?? m.text;
  const owners = mentions.filter((m) => m.type !== "Region" && m.type !== "Person" && m.text.length >= 3);
  for (const child of mentions) {
    if (!OWNED_TYPES.has(child.type)) continue;
    // The rest must be a name of its own (文体中心), not a version or an edition (3.0).
    const owner = owners
      .filter(
        (o) => child.text.startsWith(o.text) && /[\u4e00-\u9fff]{2}/.test(child.text.slice(o.text.length)),
      )
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!owner || keyOf(owner) === keyOf(child) || child.nested.includes(owner.known ?? "")) continue;
    if (child.proposal && child.proposal.id === (owner.known ?? owner.proposal?.id)) continue;
    // A known name opening with a new one: the new one is a piece of it (宁波科技 in 宁波科技大市场).
    if (child.known && !owner.known) continue;
    const key = `${keyOf(child)}|${keyOf(owner)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      source: child,
      target: owner,
      type:
        owner.type === "Park"
          ? MANAGING_BODY.test(child.fullName ?? child.text)
            ? "MANAGES"
            : "LOCATED_IN"
          : "PART_OF",
      rule: "nest.opening-name",
      quote: sentenceOf(text, child),
      certainty: "implied",
      amount: "",
      carried: false,
    });
  }
  return found;
}
