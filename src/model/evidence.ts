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
