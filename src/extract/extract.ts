// The extraction pipeline for one document: mentions (gazetteer, name patterns, short forms),
// relations (triggers, lists, carried subjects, nesting), then candidate rows with a status.
import type { EntityRecord, RelationRecord } from "../model/records.js";
import { buildCandidates, type Candidates } from "./candidates.js";
import type { Analysis } from "./analysis.js";
import { Gazetteer } from "./gazetteer.js";
import { Words } from "./ner.js";
import { findDocumentMentions, type Mention } from "./mentions.js";
import { findRelations, type FoundRelation } from "./relations.js";

export interface Extraction {
  mentions: Mention[];
  relations: FoundRelation[];
  candidates: Candidates;
}

/**
 * Extracts candidates from `text` (document id `doc`) against the known entities and relations.
 * `analysis` is the text's simplified copy and LAC words (see analyse); the rules read the
 * simplified copy, and every mention and quote is then sliced from `text` at the same offsets.
 */
export function extractDocument(
  doc: string,
  text: string,
  known: { entities: readonly EntityRecord[]; relations: readonly RelationRecord[] },
  analysis: Analysis,
): Extraction {
  if (analysis.text.length !== text.length)
    throw new Error(`extract: the analysis of ${doc} does not match its text (lengths differ)`);
  const gazetteer = new Gazetteer(known.entities);
  const words = new Words(analysis.tokens, analysis.text.length);
  const mentions = findDocumentMentions(analysis.text, gazetteer, words);
  const relations = findRelations(analysis.text, mentions, (id) => gazetteer.get(id)?.type);
  const verbatim = inOwnScript(text, analysis.text, mentions, relations);
  return {
    ...verbatim,
    candidates: buildCandidates(doc, text, verbatim.mentions, verbatim.relations, known),
  };
}

/**
 * Mentions and relations with their text and quotes in the document's own script. A mention keeps
 * its simplified form as `fullName` (the name it is compared and proposed by), its verbatim
 * form as `text`; offsets are shared, so slicing `text` is exact.
 */
function inOwnScript(
  text: string,
  simplified: string,
  mentions: Mention[],
  relations: FoundRelation[],
): { mentions: Mention[]; relations: FoundRelation[] } {
  if (text === simplified) return { mentions, relations };
  const mapped = new Map<Mention, Mention>();
  const own = (m: Mention): Mention => {
    let copy = mapped.get(m);
    if (!copy) {
      const verbatim = text.slice(m.start, m.end);
      copy =
        verbatim === m.text || m.start === m.end
          ? m
          : { ...m, text: verbatim, fullName: m.fullName ?? m.text };
      mapped.set(m, copy);
    }
    return copy;
  };
  const quote = (q: string): string => {
    const at = simplified.indexOf(q);
    return at >= 0 ? text.slice(at, at + q.length) : q;
  };
  return {
    mentions: mentions.map(own),
    relations: relations.map((r) => ({
      ...r,
      source: own(r.source),
      target: own(r.target),
      quote: quote(r.quote),
    })),
  };
}
