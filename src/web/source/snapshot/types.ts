// Reading the offline snapshot in the browser: where it is found, and a check of its outer shape.
import { SNAPSHOT_FORMAT, type Snapshot } from "../../../model/snapshot.js";

declare global {
  interface Window {
    /** Set by the offline bundle's snapshot.js; when present the app answers from it, not from /api. */
    __SNAPSHOT__?: Snapshot;
  }
}

/** Checks the outer shape of a snapshot; the error says which field is wrong and how to make a new one. */
export function validateSnapshot(value: unknown): Snapshot {
  const fix = "re-create it with `npm run export:site -- --out DIR`";
  if (!value || typeof value !== "object")
    throw new Error(`snapshot: expected an object, got ${typeof value}; ${fix}`);
  const s = value as Partial<Snapshot>;
  if (s.format !== SNAPSHOT_FORMAT)
    throw new Error(`snapshot: "format" must be ${SNAPSHOT_FORMAT}, got ${String(s.format)}; ${fix}`);
  for (const key of ["nodes", "edges", "documents"] as const)
    if (!Array.isArray(s[key])) throw new Error(`snapshot: "${key}" must be an array; ${fix}`);
  for (const key of ["entities", "documentDetails", "stats"] as const)
    if (!s[key] || typeof s[key] !== "object")
      throw new Error(`snapshot: "${key}" must be an object; ${fix}`);
  if (s.overviewLimit !== undefined && !(Number.isInteger(s.overviewLimit) && s.overviewLimit > 0))
    throw new Error(
      `snapshot: "overviewLimit" must be a positive integer when present, got ${String(s.overviewLimit)}; ${fix}`,
    );
  return s as Snapshot;
}
