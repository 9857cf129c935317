// Writes and reads a candidate folder: entities.csv and relations.csv (data columns + status,
// decision, ...), document.csv (the documents.csv row for the new text) and the text itself.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { readCsvTable } from "../data/csv.js";
import { IssueList } from "../data/issues.js";
import { DOCUMENT_COLUMNS, type DataIssue } from "../model/records.js";
import { ENTITY_CANDIDATE_COLUMNS, RELATION_CANDIDATE_COLUMNS, type Candidates } from "./candidates.js";

const CANDIDATE_FILES = {
  entities: "entities.csv",
  relations: "relations.csv",
  document: "document.csv",
} as const;

type DocumentRow = Record<(typeof DOCUMENT_COLUMNS)[number], string>;

export interface CandidateFolder {
  candidates: Candidates;
  document: DocumentRow;
  text: string;
}

/** The documents.csv row for a new text: the id from the file name, the title from its first line. */
export function documentRow(
  id: string,
  text: string,
  today = new Date().toISOString().slice(0, 10),
): DocumentRow {
  const title =
    text
      .split("\n")
      .map((line) => line.replace(/^#+\s*/, "").trim())
      .find((line) => line !== "") ?? id;
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  const iso = date ? `${date[1]}-${date[2]?.padStart(2, "0")}-${date[3]?.padStart(2, "0")}` : today;
  return {
    id,
    file: `${id}.txt`,
    title,
    title_en: "",
    kind: "",
    publisher: "",
    authors: "",
    date: iso,
    date_note: date
      ? `Set by extract from the first date printed (${date[0]}); check it.`
      : "Set by extract to the day of extraction; replace with the publication date.",
    language: "zh",
  };
}

export function writeCandidateFolder(dir: string, folder: CandidateFolder): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, CANDIDATE_FILES.entities),
    stringify(folder.candidates.entities, { header: true, columns: [...ENTITY_CANDIDATE_COLUMNS] }),
  );
  writeFileSync(
    join(dir, CANDIDATE_FILES.relations),
    stringify(folder.candidates.relations, { header: true, columns: [...RELATION_CANDIDATE_COLUMNS] }),
  );
  writeFileSync(
    join(dir, CANDIDATE_FILES.document),
    stringify([folder.document], { header: true, columns: [...DOCUMENT_COLUMNS] }),
  );
  writeFileSync(join(dir, folder.document.file), folder.text);
}

/** Reads a candidate folder back (after review); problems are reported as data issues, never thrown. */
export function readCandidateFolder(dir: string): { folder?: CandidateFolder; issues: DataIssue[] } {
  const issues = new IssueList();
  const read = <C extends readonly string[]>(file: string, columns: C): Record<C[number], string>[] => {
    let text: string;
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      issues.error(
        file,
        { line: 1, column: 1 },
        `missing candidate file ${join(dir, file)}; run npm run extract first, or point --accept at its output folder`,
      );
      return [];
    }
    const table = readCsvTable(file, text, columns, issues);
    return (table?.rows ?? []).map(
      (row) =>
        Object.fromEntries(columns.map((c) => [c, row.values.get(c) ?? ""])) as Record<C[number], string>,
    );
  };
  const entities = read(CANDIDATE_FILES.entities, ENTITY_CANDIDATE_COLUMNS);
  const relations = read(CANDIDATE_FILES.relations, RELATION_CANDIDATE_COLUMNS);
  const [document] = read(CANDIDATE_FILES.document, DOCUMENT_COLUMNS);
  if (!document)
    return {
      issues: [
        ...issues.items,
        {
          file: CANDIDATE_FILES.document,
          line: 2,
          column: 1,
          message: "no document row; the candidate folder is incomplete, run npm run extract again",
          severity: "error",
        },
      ],
    };
  let text = "";
  try {
    text = readFileSync(join(dir, basename(document.file)), "utf8");
  } catch {
    issues.error(
      CANDIDATE_FILES.document,
      { line: 2, column: 1 },
      `the document text ${document.file} is missing from ${dir}; copy it there`,
    );
  }
  if (issues.hasErrors) return { issues: issues.items };
  return { folder: { candidates: { entities, relations }, document, text }, issues: issues.items };
}
