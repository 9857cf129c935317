// The one shape of a piece of evidence, from the data row to the API answer and every export: the
// columns of data/relations.csv that are not the relation itself, with empty text left out.
import { z } from "zod";
import type { RELATION_COLUMNS, RelationRecord } from "./records.js";
import { CERTAINTIES } from "./vocabulary.js";

/** The evidence columns of data/relations.csv (the relation itself is source, type, target). */
type EvidenceColumn = Exclude<(typeof RELATION_COLUMNS)[number], "source" | "type" | "target">;

export const evidenceSchema = z
  .object({
    doc: z.string().describe("Id of the document the quote is taken from"),
    doc_title: z.string().optional().describe("Title of that document, for display"),
    quote: z.string().describe("The exact sentence of the document that states the relation"),
    certainty: z.enum(CERTAINTIES),
    amount: z.string().optional(),
    date: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: "Evidence" });

export type Evidence = z.infer<typeof evidenceSchema>;

/** One evidence row of data/relations.csv as the API and the exports carry it (empty fields left out). */
export function evidenceOf(row: Pick<RelationRecord, EvidenceColumn>): Evidence {
  const evidence: Evidence = { doc: row.doc, quote: row.quote, certainty: row.certainty };
  if (row.amount) evidence.amount = row.amount;
  if (row.date) evidence.date = row.date;
  if (row.note) evidence.note = row.note;
  return evidence;
}

/**
 * What the explorer's filters and quality lens need from a piece of evidence (its document, certainty
 * and stated date), without the quote: summarised graph answers carry one per piece, so a hub stays small.
 */
export const evidenceFacetSchema = z
  .strictObject({
    doc: z.string().describe("Id of the document the evidence is taken from"),
    certainty: z.enum(CERTAINTIES),
    date: z.string().optional(),
  })
  .meta({ id: "EvidenceFacet" });

export type EvidenceFacet = z.infer<typeof evidenceFacetSchema>;

/** The facet of one piece of evidence (an empty date left out, as in evidenceOf). */
export function facetOf(ev: Pick<Evidence, "doc" | "certainty" | "date">): EvidenceFacet {
  const facet: EvidenceFacet = { doc: ev.doc, certainty: ev.certainty };
  if (ev.date) facet.date = ev.date;
  return facet;
}

/**
 * The facets of every piece of an edge's evidence, in order: the edge's own `facets` when its evidence
 * was summarised, else taken from the evidence itself (full answers, the offline snapshot), so both
 * give the filters the same input.
 */
export function edgeFacets(edge: {
  evidence: readonly Evidence[];
  facets?: readonly EvidenceFacet[];
}): EvidenceFacet[] {
  return edge.facets ? [...edge.facets] : edge.evidence.map(facetOf);
}
