// Name and id rules shared by validation, mentions and the loader.

/** Stable ids: lowercase ascii words joined by single hyphens (`yongjiang-lab`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The form two names are compared in: NFKC (full-width to half-width), trimmed, case-folded. */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** Splits the `|`-separated alias cell, dropping empty items and surrounding spaces. */
export function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
