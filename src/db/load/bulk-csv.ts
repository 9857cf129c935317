// Writes a generation's rows as neo4j-admin import CSVs in the loader's full shape (the same labels,
// types and properties the transactional path writes, plus LoadState), and says which list properties
// the importer cannot express: it reads an empty field as "no property", so [] and [""] come out
// missing and are filled in afterwards (cypher/load-bulk-fill-*.cypher).
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { LoadRows } from "./rows.js";

/** Between the items of a list inside one field; the data never holds this control character. */
export const ARRAY_DELIMITER = "\u001f";

/** What the import needs besides the files: which files have line breaks inside fields, and the fills. */
export interface ImportFiles {
  nodes: string[];
  relationships: { type?: string; file: string }[];
  /** Files with a line break inside a field (the importer parses only those the slow way). */
  multiline: string[];
  /** Per element kind, list properties to set where the import left them missing, and their value. */
  fills: Record<FillKind, Record<string, string[]>>;
}

export type FillKind = "entities" | "documents" | "relations" | "mentions";

type Column = { key: string; type: string };

/** Buffered, synchronous writer: one write call per megabyte instead of one per row. */
class CsvFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  multiline = false;
  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }
  line(fields: string[]): void {
    const text = `${fields.join(",")}\n`;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.chunks.length > 0) writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function columnType(values: readonly unknown[]): string {
  for (const value of values) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const item = value.find((v) => v !== undefined && v !== null);
      if (item === undefined) continue;
      return `${columnType([item])}[]`;
    }
    if (typeof value === "string") return "string";
    if (neo4j.isInt(value)) return "long";
    if (typeof value === "number") return "double"; // the driver sends JS numbers as floats too
    if (typeof value === "boolean") return "boolean";
    throw new Error(`loader: bulk import cannot write a property of type ${typeof value}`);
  }
  return "string[]";
}

/** The columns of a set of property maps: every key seen, typed from the first value that tells. */
function columnsOf(maps: readonly Record<string, unknown>[], skip: readonly string[]): Column[] {
  const keys = new Set<string>();
  for (const map of maps) for (const key of Object.keys(map)) if (!skip.includes(key)) keys.add(key);
  return [...keys].map((key) => {
    const sample: unknown[] = [];
    for (const map of maps) {
      const value = map[key];
      if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
        sample.push(value);
        break;
      }
    }
    return { key, type: columnType(sample) };
  });
}

function quote(text: string, file: CsvFile): string {
  return quoteRaw(checked(text), file);
}

function checked(text: string): string {
  if (text.includes(ARRAY_DELIMITER))
    throw new Error(
      `loader: a value holds the control character U+001F, which the bulk import uses between list items; load with --path transactional`,
    );
  return text;
}

function quoteRaw(text: string, file: CsvFile): string {
  if (!file.multiline && /[\n\r]/.test(text)) file.multiline = true;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * One field. Lists of no items, or of one empty string, cannot be written (the importer reads the
 * empty field as missing): they are left empty and recorded in `fills`, with the value to set.
 */
function field(value: unknown, key: string, file: CsvFile, fills: Record<string, string[]>): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) {
    if (value.length === 0 || (value.length === 1 && value[0] === "")) {
      const fill = value.length === 0 ? [] : [""];
      const known = fills[key];
      if (known && known.length !== fill.length)
        throw new Error(
          `loader: ${key} holds both [] and [""]; the bulk import cannot tell them apart, load with --path transactional`,
        );
      fills[key] = fill;
      return "";
    }
    const items = value.map((item) => (neo4j.isInt(item) ? item.toString() : checked(String(item))));
    return quoteRaw(items.join(ARRAY_DELIMITER), file);
  }
  if (neo4j.isInt(value)) return value.toString();
  if (typeof value === "string") return quote(value, file);
  return String(value);
}

function header(columns: readonly Column[], leading: readonly string[]): string[] {
  return [...leading, ...columns.map((c) => `${c.key}:${c.type}`)];
}

/** Writes every CSV of generation `gen` into `dir` and returns how to import them. */
export function writeImportCsvs(
  dir: string,
  rows: LoadRows,
  gen: number,
  state: { dataVersion: string; loadedAt: string; counts: string },
): ImportFiles {
  const fills: ImportFiles["fills"] = { entities: {}, documents: {}, relations: {}, mentions: {} };
  const files: CsvFile[] = [];
  const open = (name: string) => {
    const file = new CsvFile(join(dir, name));
    files.push(file);
    return file;
  };
  const genField = String(gen);

  const docs = open("documents.csv");
  const docMaps = rows.documents as unknown as Record<string, unknown>[];
  const docColumns = columnsOf(docMaps, ["id", "gen"]);
  docs.line(header(docColumns, ["id:ID(Document)", ":LABEL", "gen:long"]));
  for (const doc of docMaps)
    docs.line([
      quote(String(doc.id), docs),
      "Document",
      genField,
      ...docColumns.map((c) => field(doc[c.key], c.key, docs, fills.documents)),
    ]);

  const entities = open("entities.csv");
  const entityColumns = columnsOf(
    rows.entities.map((e) => e.props),
    ["id", "gen"],
  );
  entities.line(header(entityColumns, ["id:ID(Entity)", ":LABEL", "gen:long"]));
  for (const { type, props } of rows.entities)
    entities.line([
      quote(String(props.id), entities),
      `Entity${ARRAY_DELIMITER}${type}`,
      genField,
      ...entityColumns.map((c) => field(props[c.key], c.key, entities, fills.entities)),
    ]);

  const state_ = open("load-state.csv");
  state_.line(["id:string", ":LABEL", "gen:long", "dataVersion:string", "loadedAt:string", "counts:string"]);
  state_.line([
    quote("current", state_),
    "LoadState",
    genField,
    quote(state.dataVersion, state_),
    quote(state.loadedAt, state_),
    quote(state.counts, state_),
  ]);

  const mentions = open("mentions.csv");
  mentions.line([":START_ID(Document)", ":END_ID(Entity)", "count:long", "starts:long[]", "ends:long[]"]);
  for (const m of rows.mentions)
    mentions.line([
      quote(m.doc, mentions),
      quote(m.entity, mentions),
      m.count.toString(),
      field(m.starts, "starts", mentions, fills.mentions),
      field(m.ends, "ends", mentions, fills.mentions),
    ]);

  const relations = open("relations.csv");
  const relationColumns = columnsOf(
    rows.relations.map((r) => r.props),
    [],
  );
  relations.line(header(relationColumns, [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]));
  for (const r of rows.relations)
    relations.line([
      quote(r.source, relations),
      quote(r.target, relations),
      r.type,
      ...relationColumns.map((c) =>
        field((r.props as Record<string, unknown>)[c.key], c.key, relations, fills.relations),
      ),
    ]);

  for (const file of files) file.close();
  return {
    nodes: [docs.path, entities.path, state_.path],
    relationships: [{ type: "MENTIONS", file: mentions.path }, { file: relations.path }],
    multiline: files.filter((f) => f.multiline).map((f) => f.path),
    fills,
  };
}
