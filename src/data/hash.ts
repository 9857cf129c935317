// The data version: a hash of the data files, so a view or an export can say which data it shows.
import { createHash } from "node:crypto";

/** sha256 over named byte contents, in name order (so the listing order of a folder does not matter). */
export function hashFiles(files: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) {
    hash.update(`${name}\0${files.get(name)?.length ?? 0}\0`);
    hash.update(files.get(name) ?? new Uint8Array());
  }
  return hash.digest("hex");
}
