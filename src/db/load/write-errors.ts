// Turns the database's storage failures during a load (full disk, read-only store) into a sentence
// that says what to do; Neo4j itself only says it "could not append transaction ... to log".
const STORAGE_CODES =
  /^Neo\.DatabaseError\.(Transaction\.TransactionLogError|General\.StorageDamageDetected|Transaction\.TransactionCommitFailed)/;
const STORAGE_TEXT =
  /no space left|disk full|could not append transaction|read-only file system|unable to write/i;

/** A helpful message when `error` looks like the database could not write to its disk; else undefined. */
export function describeWriteFailure(error: unknown): string | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  if (!STORAGE_CODES.test(code) && !STORAGE_TEXT.test(message)) return undefined;
  return (
    `load: Neo4j could not write the new generation to its disk (${code || "storage error"}: ${message.split("\n")[0]?.slice(0, 160)}). ` +
    "Its disk is probably full or read-only: free space where its data directory is (NEO4J_DATA_DIR, default .neo4j/data) " +
    "or point it at a larger disk, then run the load again; readers keep the previous generation until a load completes."
  );
}
