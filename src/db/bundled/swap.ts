// Replacing a bundled Neo4j's whole data directory with one built beside it (the bulk load), so that a
// crash at any point leaves either the previous store or the complete new one, never a mix:
//   <dataDir>.bulk-staging   the new store, imported, indexed and verified while the live one serves;
//   <dataDir>.bulk-previous  the live store moved aside during the swap, deleted once the new one is up.
// The swap commits when the SUPERSEDED marker is written into the previous store; before that, a
// recovery (at the next start) puts the previous store back.
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";

const SUPERSEDED = "SUPERSEDED";

export function stagingDirOf(dataDir: string): string {
  return `${dataDir}.bulk-staging`;
}

export function previousDirOf(dataDir: string): string {
  return `${dataDir}.bulk-previous`;
}

/** Moves the live store aside and the staged one in (the live Neo4j must be stopped). */
export function swapInStaged(dataDir: string): void {
  const previous = previousDirOf(dataDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dataDir)) renameSync(dataDir, previous);
  renameSync(stagingDirOf(dataDir), dataDir);
}

/** The new store is up and verified: from here on a recovery keeps it. */
export function commitSwap(dataDir: string): void {
  const previous = previousDirOf(dataDir);
  if (existsSync(previous)) writeFileSync(`${previous}/${SUPERSEDED}`, "");
}

/** Deletes the previous store once the swap is committed. */
export function removePrevious(dataDir: string): void {
  rmSync(previousDirOf(dataDir), { recursive: true, force: true });
}

/**
 * Finishes or undoes a swap that a crash interrupted, and drops a half-built staging store; returns
 * what it did (for the log), or undefined when there was nothing to do. Call it before starting Neo4j.
 */
export function recoverInterruptedSwap(dataDir: string): string | undefined {
  const previous = previousDirOf(dataDir);
  const staging = stagingDirOf(dataDir);
  let done: string | undefined;
  if (existsSync(previous)) {
    if (existsSync(`${previous}/${SUPERSEDED}`)) {
      rmSync(previous, { recursive: true, force: true });
      done = "removed the store a completed bulk load replaced";
    } else {
      rmSync(dataDir, { recursive: true, force: true });
      renameSync(previous, dataDir);
      done = "put back the store an interrupted bulk load had moved aside";
    }
  }
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    done = `${done ? `${done}; ` : ""}removed the staging store of an interrupted bulk load`;
  }
  return done;
}
