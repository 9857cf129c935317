// Validates documents.csv and reads each document's text from documents/<file>.
import { join } from "node:path";
import type { DocumentRecord } from "../model/records.js";
import { DOCUMENT_COLUMNS } from "../model/records.js";
import { field, readCsvTable } from "./csv.js";
import { isIsoDate } from "./dates.js";
import { readDataFile } from "./files.js";
import type { IssueList } from "./issues.js";
import { splitList } from "./names.js";
import { checkIdFormat, checkRequired, IdRegistry } from "./required.js";

export const DOCUMENTS_FILE = "documents.csv";
const REQUIRED = ["id", "file", "title", "date"] as const;
const SAFE_FILE_NAME = /^[^/\\]+$/;

export interface DocumentsRead {
  /** The documents that passed every check, with their texts. */
  documents: DocumentRecord[];
  /** Every id documents.csv declares, valid or not, so one bad row does not cascade into relations. */
  declared: Set<string>;
  /** False when the file could not be parsed: then nothing can be said about ids it declares. */
  parsed: boolean;
  /** True when every listed document's text was read (alias checks need all of them). */
  complete: boolean;
  /** Texts that could be read, by document id, for checking quotes. */
  texts: Map<string, string>;
}

/** Validates documents.csv (`csvText`) and reads the texts it lists from `dir`/documents/. */
export function readDocuments(dir: string, csvText: string, issues: IssueList): DocumentsRead {
  const result: DocumentsRead = { documents: [], declared: new Set(), parsed: false, complete: false, texts: new Map() };
  const table = readCsvTable(DOCUMENTS_FILE, csvText, DOCUMENT_COLUMNS, issues);
  if (!table) return result;
  result.parsed = true;
  result.complete = true;
  const ids = new IdRegistry(DOCUMENTS_FILE, issues);
  for (const row of table.rows) {
    const complete = checkRequired(DOCUMENTS_FILE, row, REQUIRED, issues);
    const id = field(row, "id");
    const file = field(row, "file");
    const date = field(row, "date");
    let ok = complete && checkIdFormat(DOCUMENTS_FILE, "id", id.value, id.at, issues);
    if (ok && !ids.claim(id.value, id.at)) ok = false;
    if (id.value !== "") result.declared.add(id.value);
    if (date.value !== "" && !isIsoDate(date.value)) {
      issues.error(DOCUMENTS_FILE, date.at, `bad date "${date.value}": write a real date as YYYY-MM-DD (put uncertainty in date_note)`);
      ok = false;
    }
    if (file.value !== "" && (!SAFE_FILE_NAME.test(file.value) || file.value.startsWith("."))) {
      issues.error(DOCUMENTS_FILE, file.at, `bad file "${file.value}": give a plain file name inside documents/, without folders`);
      continue;
    }
    if (file.value === "") continue;
    const shown = `documents/${file.value}`;
    const read = readDataFile(join(dir, "documents", file.value), shown, issues, {
      file: DOCUMENTS_FILE,
      ...file.at,
      what: `missing document file ${shown}`,
    });
    if (!read) {
      result.complete = false;
      continue;
    }
    if (id.value !== "" && !result.texts.has(id.value)) result.texts.set(id.value, read.text);
    if (!ok) continue;
    result.documents.push({
      id: id.value,
      file: file.value,
      title: field(row, "title").value,
      title_en: field(row, "title_en").value,
      kind: field(row, "kind").value,
      publisher: field(row, "publisher").value,
      authors: splitList(field(row, "authors").value),
      date: date.value,
      date_note: field(row, "date_note").value,
      language: field(row, "language").value,
      text: read.text,
    });
  }
  return result;
}
