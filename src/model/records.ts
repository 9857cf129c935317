// The rows of the data files (the interchange format in data/), after parsing and validation.
import type { Certainty, EntityType, RelationType } from "./vocabulary.js";

/** Column order of each data file; the validator rejects unknown or missing columns. */
export const DOCUMENT_COLUMNS = [
  "id",
  "file",
  "title",
  "title_en",
  "kind",
  "publisher",
  "authors",
  "date",
  "date_note",
  "language",
] as const;
export const ENTITY_COLUMNS = [
  "id",
  "type",
  "subtype",
  "name_zh",
  "name_en",
  "aliases",
  "description_en",
] as const;
export const RELATION_COLUMNS = [
  "source",
  "type",
  "target",
  "doc",
  "quote",
  "amount",
  "date",
  "certainty",
  "note",
] as const;

export interface DocumentRecord {
  id: string;
  file: string;
  title: string;
  title_en: string;
  kind: string;
  publisher: string;
  authors: string[];
  /** ISO date (YYYY-MM-DD); `date_note` says when it is inferred. */
  date: string;
  date_note: string;
  language: string;
  /** The full text, read from data/documents/<file>. */
  text: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  subtype: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  description_en: string;
}

export interface RelationRecord {
  source: string;
  type: RelationType;
  target: string;
  doc: string;
  quote: string;
  amount: string;
  date: string;
  certainty: Certainty;
  note: string;
}

/** A validated data set, ready to load. */
export interface Dataset {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** Where a problem sits in a data file (1-based line and column, as an editor shows them). */
export interface DataIssue {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}
