// Reads a data file as strict UTF-8, with a size guard, reporting problems instead of throwing.
import { readFileSync, statSync } from "node:fs";
import { IssueList } from "./issues.js";
import { decodeUtf8Strict } from "./text.js";

/** Larger files are refused: they would not fit a spreadsheet, and reading one would exhaust memory. */
const MAX_DATA_FILE_BYTES = 200 * 1024 * 1024;

export interface DataFile {
  text: string;
  bytes: Uint8Array;
}

/**
 * Reads `path` (shown as `file` in messages). Returns undefined and records an issue when the file is
 * missing, too large or not UTF-8; `missingAt` says where to point when it is missing.
 */
export function readDataFile(
  path: string,
  file: string,
  issues: IssueList,
  missing: { file: string; line: number; column: number; what: string },
): DataFile | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    issues.error(missing.file, missing, `${missing.what}: no such file (looked for ${path}); create it or fix the name`);
    return undefined;
  }
  if (size > MAX_DATA_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(0);
    issues.error(file, { line: 1, column: 1 }, `file is ${mb} MB, over the ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB limit; split the data or check that this is the right file`);
    return undefined;
  }
  const bytes = new Uint8Array(readFileSync(path));
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    issues.error(file, decoded.at, `not valid UTF-8 (first bad byte at offset ${decoded.byteOffset}); re-save the file as UTF-8 (in LibreOffice: Save As, Character set "Unicode (UTF-8)")`);
    return undefined;
  }
  return { text: decoded.text.replace(/^\uFEFF/, ""), bytes };
}
