// CSV of a graph's nodes and edges (one edge row per piece of evidence), safe to open in a spreadsheet.
import { stringify } from "csv-stringify/browser/esm/sync";
import type { Evidence } from "../../model/api.js";

/** Cells a spreadsheet would run as a formula start with one of these (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would read as a formula with a single quote, so it stays text. */
export function neutraliseCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvNode {
  id: string;
  type: string;
  subtype: string;
  name_zh: string;
  name_en: string;
  degree: number;
}

export interface CsvEdge {
  source: string;
  type: string;
  target: string;
  evidence: readonly Evidence[];
}

const table = (header: string[], rows: unknown[][]): string =>
  stringify([header, ...rows.map((r) => r.map(neutraliseCell))], {
    bom: true,
    record_delimiter: "\r\n",
    // A quote with a bare line break is only quoted when asked; unquoted, pandas splits the row there.
    quoted_match: /[\r\n]/,
  });

/** nodes.csv: one row per entity. */
export function nodesCsv(nodes: readonly CsvNode[]): string {
  return table(
    ["id", "type", "subtype", "name_zh", "name_en", "degree"],
    nodes.map((n) => [n.id, n.type, n.subtype, n.name_zh, n.name_en, n.degree]),
  );
}

/** edges.csv: one row per evidence, in the columns of data/relations.csv (plus the document title). */
export function edgesCsv(edges: readonly CsvEdge[]): string {
  const rows = edges.flatMap((e) =>
    (e.evidence.length ? e.evidence : [null]).map((ev) => [
      e.source,
      e.type,
      e.target,
      ev?.doc,
      ev?.doc_title,
      ev?.quote,
      ev?.amount,
      ev?.date,
      ev?.certainty,
      ev?.note,
    ]),
  );
  return table(
    ["source", "type", "target", "doc", "doc_title", "quote", "amount", "date", "certainty", "note"],
    rows,
  );
}
