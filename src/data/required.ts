// Shared row checks: required fields, id format and duplicate ids.
import { field, type CsvRow } from "./csv.js";
import type { IssueList, Position } from "./issues.js";
import { ID_PATTERN } from "./names.js";

/** Reports each empty required field; returns false if any was empty. */
export function checkRequired(file: string, row: CsvRow, names: readonly string[], issues: IssueList): boolean {
  let ok = true;
  for (const name of names) {
    if (!row.values.has(name)) continue; // a missing column is reported once, on the header
    const { value, at } = field(row, name);
    if (value === "") {
      issues.error(file, at, `empty required field "${name}"; fill it in`);
      ok = false;
    }
  }
  return ok;
}

/** Reports an id that is not lowercase ascii kebab-case; returns whether it is well formed. */
export function checkIdFormat(file: string, column: string, value: string, at: Position, issues: IssueList): boolean {
  if (value === "" || ID_PATTERN.test(value)) return true;
  issues.error(file, at, `bad ${column} "${value}": ids are lowercase ascii words joined by hyphens, like "yongjiang-lab"`);
  return false;
}

/** Remembers the first row of each id and reports later ones. */
export class IdRegistry {
  private readonly firstLine = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly issues: IssueList,
  ) {}

  /** Returns false (and reports) when `id` was already used. */
  claim(id: string, at: Position): boolean {
    const first = this.firstLine.get(id);
    if (first !== undefined) {
      this.issues.error(this.file, at, `duplicate id "${id}" (first used on line ${first}); give this row its own id or merge the two rows`);
      return false;
    }
    this.firstLine.set(id, at.line);
    return true;
  }

  has(id: string): boolean {
    return this.firstLine.has(id);
  }
}
