// Validates relations.csv: vocabulary, references to entities and documents, verbatim quotes.
import type { RelationRecord } from "../model/records.js";
import { RELATION_COLUMNS } from "../model/records.js";
import { CERTAINTIES, isRelationType, RELATION_TYPES, type Certainty } from "../model/vocabulary.js";
import { field, readCsvTable, type CsvRow } from "./csv.js";
import { isPartialIsoDate } from "./dates.js";
import type { IssueList } from "./issues.js";
import { quotesFoundIn } from "./quotes-found.js";
import { checkRequired } from "./required.js";

export const RELATIONS_FILE = "relations.csv";
const REQUIRED = ["source", "type", "target", "doc", "quote", "certainty"] as const;

/**
 * What relations may point at: every declared id (undefined when that file could not be parsed, so
 * that one broken file does not turn every reference into an error), and the texts that could be read.
 */
export interface RelationContext {
  entityIds: ReadonlySet<string> | undefined;
  documentIds: ReadonlySet<string> | undefined;
  texts: ReadonlyMap<string, string>;
}

export interface RelationsRead {
  relations: RelationRecord[];
  /** Where each valid relation's quote sits, parallel to `relations`, for warnings. */
  quoteAt: { line: number; column: number }[];
}

/** Validates relations.csv (`csvText`) against the entities and documents read before. */
export function readRelations(csvText: string, context: RelationContext, issues: IssueList): RelationsRead {
  const result: RelationsRead = { relations: [], quoteAt: [] };
  const table = readCsvTable(RELATIONS_FILE, csvText, RELATION_COLUMNS, issues);
  if (!table) return result;
  const found = foundQuotes(table.rows, context);
  for (const row of table.rows) {
    const relation = readRelation(row, context, found, issues);
    if (relation) {
      result.relations.push(relation);
      result.quoteAt.push(field(row, "quote").at);
    }
  }
  return result;
}

/** For each document, which of the quotes that rows cite from it occur in its text: one scan per document. */
function foundQuotes(rows: readonly CsvRow[], context: RelationContext): Map<string, Set<string>> {
  const quotesByDoc = new Map<string, string[]>();
  for (const row of rows) {
    const doc = field(row, "doc").value;
    if (!context.texts.has(doc)) continue;
    const quotes = quotesByDoc.get(doc) ?? [];
    quotes.push(field(row, "quote").value);
    quotesByDoc.set(doc, quotes);
  }
  const found = new Map<string, Set<string>>();
  for (const [doc, quotes] of quotesByDoc) found.set(doc, quotesFoundIn(context.texts.get(doc) ?? "", quotes));
  return found;
}

function readRelation(row: CsvRow, context: RelationContext, found: ReadonlyMap<string, ReadonlySet<string>>, issues: IssueList): RelationRecord | undefined {
  let ok = checkRequired(RELATIONS_FILE, row, REQUIRED, issues);
  const source = field(row, "source");
  const type = field(row, "type");
  const target = field(row, "target");
  const doc = field(row, "doc");
  const quote = field(row, "quote");
  const date = field(row, "date");
  const certainty = field(row, "certainty");
  for (const [end, name] of [[source, "source"], [target, "target"]] as const) {
    if (end.value !== "" && context.entityIds && !context.entityIds.has(end.value)) {
      issues.error(RELATIONS_FILE, end.at, `${name} "${end.value}" is not an entity id in entities.csv; fix the id or add the entity`);
      ok = false;
    }
  }
  if (type.value !== "" && !isRelationType(type.value)) {
    issues.error(RELATIONS_FILE, type.at, `unknown relation type "${type.value}"; use one of: ${RELATION_TYPES.join(", ")}`);
    ok = false;
  }
  if (certainty.value !== "" && !(CERTAINTIES as readonly string[]).includes(certainty.value)) {
    issues.error(RELATIONS_FILE, certainty.at, `unknown certainty "${certainty.value}"; use ${CERTAINTIES.join(" or ")}`);
    ok = false;
  }
  if (date.value !== "" && !isPartialIsoDate(date.value)) {
    issues.error(RELATIONS_FILE, date.at, `bad date "${date.value}": write YYYY, YYYY-MM or YYYY-MM-DD`);
    ok = false;
  }
  if (doc.value !== "" && context.documentIds && !context.documentIds.has(doc.value)) {
    issues.error(RELATIONS_FILE, doc.at, `doc "${doc.value}" is not a document id in documents.csv; fix the id or add the document`);
    ok = false;
  } else if (quote.value !== "") {
    const text = context.texts.get(doc.value);
    if (text !== undefined && !found.get(doc.value)?.has(quote.value)) {
      issues.error(RELATIONS_FILE, quote.at, `quote not found verbatim in document "${doc.value}"${quoteHint(text, quote.value)}; copy the exact text from the document`);
      ok = false;
    }
  }
  if (!ok || !isRelationType(type.value)) return undefined;
  return {
    source: source.value,
    type: type.value,
    target: target.value,
    doc: doc.value,
    quote: quote.value,
    amount: field(row, "amount").value,
    date: date.value,
    certainty: certainty.value as Certainty,
    note: field(row, "note").value,
  };
}

/** Says how much of the quote does match, which usually points at the typo. */
function quoteHint(text: string, quote: string): string {
  const compact = (s: string): string => s.replace(/\s+/g, "");
  if (text.replace(/\s+/g, "").includes(compact(quote))) return " (it matches if spaces and line breaks are ignored: copy the line breaks too, or shorten the quote)";
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return "";
  return ` (the text matches up to "${quote.slice(Math.max(0, low - 10), low)}", then differs at character ${low + 1} of the quote)`;
}
