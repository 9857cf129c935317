// The extraction pipeline for one document: mentions (gazetteer, name patterns, short forms),
// relations (triggers, lists, carried subjects, nesting), then candidate rows with a status.
import type { EntityRecord, RelationRecord } from "../model/records.js";
import { buildCandidates, type Candidates } from "./candidates.js";
import { Gazetteer } from "./gazetteer.js";
import { findDocumentMentions, type Mention } from "./mentions.js";
import { findRelations, type FoundRelation } from "./relations.js";

export interface Extraction {
  mentions: Mention[];
  relations: FoundRelation[];
  candidates: Candidates;
}

/** Extracts candidates from `text` (document id `doc`) against the known entities and relations. */
export function extractDocument(
  doc: string,
  text: string,
  known: { entities: readonly EntityRecord[]; relations: readonly RelationRecord[] },
): Extraction {
  const gazetteer = new Gazetteer(known.entities);
  const mentions = findDocumentMentions(text, gazetteer);
  const relations = findRelations(text, mentions, (id) => gazetteer.get(id)?.type);
  return { mentions, relations, candidates: buildCandidates(doc, text, mentions, relations, known) };
}
