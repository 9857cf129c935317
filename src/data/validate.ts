// Validates a data directory (documents.csv, entities.csv, relations.csv, documents/*) and reports
// every problem at once, each with file, line and column.
import { join } from "node:path";
import type { Dataset, DataIssue, EntityRecord } from "../model/records.js";
import { DOCUMENTS_FILE, readDocuments } from "./documents.js";
import { ENTITIES_FILE, readEntities } from "./entities.js";
import { readDataFile } from "./files.js";
import { hashFiles } from "./hash.js";
import { IssueList, sortIssues } from "./issues.js";
import { readRelations, RELATIONS_FILE } from "./relations.js";
import { warnQuotesWithoutNames, warnUnusedAliases } from "./warnings.js";

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  dataset?: Dataset;
  /** sha256 of the data files; present with `dataset`. */
  dataVersion?: string;
  /** Every error and warning, sorted by file, line and column. */
  issues: DataIssue[];
}

/** Reads and checks every data file in `dir`; never throws for bad data, only for I/O failures. */
export function validateDataDirectory(dir: string): ValidationResult {
  const issues = new IssueList();
  const read = (name: string): string => {
    const file = readDataFile(join(dir, name), name, issues, { file: name, line: 1, column: 1, what: `missing data file ${name}` });
    if (file) hashed.set(name, file.bytes);
    return file?.text ?? "";
  };
  const hashed = new Map<string, Uint8Array>();
  const documentsCsv = read(DOCUMENTS_FILE);
  const entitiesCsv = read(ENTITIES_FILE);
  const relationsCsv = read(RELATIONS_FILE);

  const docs = readDocuments(dir, documentsCsv, issues);
  const ents = readEntities(entitiesCsv, issues);
  const rels = readRelations(relationsCsv, {
    entityIds: ents.parsed ? ents.declared : undefined,
    documentIds: docs.parsed ? docs.declared : undefined,
    texts: docs.texts,
  }, issues);

  const byId = new Map<string, EntityRecord>(ents.entities.map((entity) => [entity.id, entity]));
  warnQuotesWithoutNames(rels.relations, rels.quoteAt, byId, issues);
  if (docs.complete) warnUnusedAliases(ents.entities, ents.aliasesAt, [...docs.texts.values()], issues);

  const sorted = sortIssues(issues.items);
  if (issues.hasErrors) return { issues: sorted };
  const encoder = new TextEncoder();
  for (const doc of docs.documents) hashed.set(`documents/${doc.file}`, encoder.encode(doc.text));
  return {
    dataset: { documents: docs.documents, entities: ents.entities, relations: rels.relations },
    dataVersion: hashFiles(hashed),
    issues: sorted,
  };
}
