// Relations that the order of names alone implies: a place written directly before another name
// qualifies it. 四川省凉山州 says 凉山州 is part of 四川省; 金阳县青花椒现代农业产业园 and
// 四川省凉山州乡村振兴局 say the park and the bureau sit in that place. Nothing may stand between them.
import type { RelationType } from "../model/vocabulary.js";
import type { Mention } from "./mentions.js";
import type { Span } from "./sentences.js";
import type { FoundRelation } from "./relations.js";


/** One implied relation per pair of touching mentions whose first is a place. */
export function adjacentRelations(sentence: Span, mentions: readonly Mention[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i] as Mention;
    const next = mentions[i + 1] as Mention;
    // A country before a foreign city (美国旧金山湾区) only says which one is meant.
    if (place.end !== next.start || place.type !== "Region" || place.subtype === "Country" || next.subtype === "Country") continue;
    if (next.type === "Program" || next.type === "Person" || next.type === "Event") continue;
    const type: RelationType = next.type === "Region" || (next.type === "Institution" && next.subtype === "GovernmentBody") ? "PART_OF" : "LOCATED_IN";
    found.push({ source: next, target: place, type, rule: "adjacent.place", quote: sentence.text, certainty: "implied", amount: "", carried: false });
  }
  return found;
}

/** The relation a place named inside a name implies: a government body is part of it, anything else lies in it. */
export function nestedPlaceRelation(owner: Mention): RelationType {
  return owner.type === "Institution" && owner.subtype === "GovernmentBody" ? "PART_OF" : "LOCATED_IN";
}


