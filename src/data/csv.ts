// Reads one CSV data file into rows whose every field knows its line and column.
import { parse } from "csv-parse/sync";
import { IssueList, type Position } from "./issues.js";
import { scanCsv } from "./csv-positions.js";

/** One data row: trimmed values by column name, and where each field starts. */
export interface CsvRow {
  line: number;
  values: ReadonlyMap<string, string>;
  positions: ReadonlyMap<string, Position>;
}

export interface CsvTable {
  rows: CsvRow[];
  /** Columns the header names, in order. */
  header: string[];
}

const QUOTING_HELP: Record<string, string> = {
  "unclosed-quote": "this quoted field is never closed; add the closing \" or double any \" inside the field (\"\")",
  "after-closing-quote": "unexpected character after a closing quote; a \" inside a quoted field must be doubled (\"\")",
  "stray-quote": "a \" inside an unquoted field; quote the whole field and double the inner \" (\"\")",
};

/**
 * Parses `text` (the contents of `file`) against the expected columns. Reports broken quoting,
 * unknown and missing columns and rows with the wrong number of fields into `issues`.
 * Returns undefined when the file cannot be parsed at all.
 */
export function readCsvTable(
  file: string,
  text: string,
  expected: readonly string[],
  issues: IssueList,
): CsvTable | undefined {
  const scan = scanCsv(text);
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const lines = (error as { lines?: number }).lines ?? 1;
    const at = scan.problem?.at ?? { line: lines, column: 1 };
    const help = scan.problem ? QUOTING_HELP[scan.problem.what] : (error as Error).message;
    issues.error(file, at, `broken CSV quoting (${code || "parse error"}): ${help}`);
    return undefined;
  }
  // An empty file stands for a table with no rows yet (annotators start from nothing).
  if (records.length === 0) return { rows: [], header: [...expected] };
  const header = (records[0] ?? []).map((name) => name.trim());
  const headerPositions = scan.records[0] ?? [];
  header.forEach((name, index) => {
    if (!expected.includes(name)) {
      const at = headerPositions[index] ?? { line: 1, column: 1 };
      issues.error(file, at, `unknown column "${name}"; the columns are: ${expected.join(", ")}`);
    } else if (header.indexOf(name) !== index) {
      issues.error(file, headerPositions[index] ?? { line: 1, column: 1 }, `column "${name}" appears twice in the header`);
    }
  });
  const missing = expected.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    issues.error(file, { line: 1, column: 1 }, `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}; add ${missing.length > 1 ? "them" : "it"} to the header (it may be left empty in rows)`);
  }
  const rows: CsvRow[] = [];
  records.slice(1).forEach((record, index) => {
    const positions = scan.records[index + 1] ?? [];
    const line = positions[0]?.line ?? index + 2;
    if (record.length !== header.length) {
      const at = positions[Math.min(record.length, header.length)] ?? positions[positions.length - 1] ?? { line, column: 1 };
      issues.error(file, at, `this row has ${record.length} fields but the header has ${header.length}; check for a missing or extra comma`);
    }
    const values = new Map<string, string>();
    const fieldPositions = new Map<string, Position>();
    header.forEach((name, column) => {
      if (values.has(name)) return;
      values.set(name, (record[column] ?? "").trim());
      fieldPositions.set(name, positions[column] ?? { line, column: 1 });
    });
    rows.push({ line, values, positions: fieldPositions });
  });
  return { rows, header };
}

/** A field's value ("" when absent) and its position (the row start when absent). */
export function field(row: CsvRow, name: string): { value: string; at: Position } {
  return { value: row.values.get(name) ?? "", at: row.positions.get(name) ?? { line: row.line, column: 1 } };
}
