// Where each field of a CSV text starts, and where its quoting first goes wrong. csv-parse gives the
// values but not reliable positions (its line count drifts on CRLF files), so this scan supplies
// line:column; it follows RFC 4180 as csv-parse does with its default options.
import type { Position } from "./issues.js";

export interface CsvScan {
  /** For every non-empty record, the position of each field's first character. */
  records: Position[][];
  /** The first quoting problem, if any: what is wrong and where. */
  problem?: { at: Position; what: "stray-quote" | "after-closing-quote" | "unclosed-quote" };
}

/** Scans a CSV text; empty lines are skipped, as the parser is told to. */
export function scanCsv(text: string): CsvScan {
  const records: Position[][] = [];
  let line = 1;
  let column = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const step = (): void => {
    const ch = text[i] as string;
    i++;
    if (ch === "\n") {
      line++;
      column = 1;
    } else if (!isHighSurrogate(ch)) {
      column++;
    }
  };
  const here = (): Position => ({ line, column });
  while (i < text.length) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      if (text[i] === "\r") i++;
      step();
      continue;
    }
    const fields: Position[] = [];
    for (;;) {
      fields.push(here());
      if (text[i] === '"') {
        const opening = here();
        step();
        for (;;) {
          if (i >= text.length) return { records, problem: { at: opening, what: "unclosed-quote" } };
          if (text[i] === '"' && text[i + 1] === '"') {
            step();
            step();
          } else if (text[i] === '"') {
            step();
            break;
          } else {
            step();
          }
        }
        if (i < text.length && !atDelimiter(text, i)) {
          return { records, problem: { at: here(), what: "after-closing-quote" } };
        }
      } else {
        while (i < text.length && !atDelimiter(text, i)) {
          if (text[i] === '"') return { records, problem: { at: here(), what: "stray-quote" } };
          step();
        }
      }
      if (text[i] === ",") {
        step();
        continue;
      }
      break;
    }
    records.push(fields);
    if (text[i] === "\r") i++;
    if (text[i] === "\n") step();
  }
  return { records };
}

function atDelimiter(text: string, i: number): boolean {
  const ch = text[i];
  return ch === "," || ch === "\n" || (ch === "\r" && (text[i + 1] === "\n" || i + 1 === text.length));
}

/** Columns count characters as editors do: a surrogate pair is one column. */
function isHighSurrogate(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}
