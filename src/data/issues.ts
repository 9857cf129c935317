// Collects data problems so that validation can report all of them together, not just the first.
import type { DataIssue } from "../model/records.js";

/** A 1-based place in a file, as an editor shows it. */
export interface Position {
  line: number;
  column: number;
}

export class IssueList {
  readonly items: DataIssue[] = [];

  error(file: string, at: Position, message: string): void {
    this.items.push({ file, line: at.line, column: at.column, message, severity: "error" });
  }

  warning(file: string, at: Position, message: string): void {
    this.items.push({ file, line: at.line, column: at.column, message, severity: "warning" });
  }

  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === "error");
  }
}

/** Formats an issue the way compilers do, so editors and CI logs can link to it. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`;
}

/** Orders issues by file, then place, so reports read top to bottom. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
