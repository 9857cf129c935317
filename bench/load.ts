// Load benchmark, each path beside its own baseline in the same run:
// - transactional: our loader (validate, rows, a new generation with constraints and indexes, verify,
//   switch) against a bare batched UNWIND ... CREATE of the same rows (documents, entities, mentions,
//   relations) with one index per label, each in a cold JVM (just started) and again warm (a second
//   load into the same JVM: for ours a reload beside the previous generation, its cleanup after the
//   switch timed apart; for bare the same rows again after emptying the database);
// - bulk: our bulk path end to end (validate, rows, CSV, neo4j-admin import, staging start, schema,
//   verify, swap) against a bare neo4j-admin import of the same CSV files.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Integer } from "neo4j-driver";
import { writeDataDirectory } from "../src/data/synthetic.js";
import { runAdminImport } from "../src/db/bundled/admin-import.js";
import { ARRAY_DELIMITER, writeImportCsvs } from "../src/db/load/bulk-csv.js";
import { LONG_AUTO_COMMIT } from "../src/db/load/generations.js";
import { buildLoadRows, type LoadRows } from "../src/db/load/rows.js";
import { loadDataDirectory, type LoadPath, type LoadReport } from "../src/db/loader.js";
import type { Dataset } from "../src/model/records.js";
import { benchQuery } from "./cypher.js";
import { freshNeo4j, ownedNeo4j, rssMiB, type BenchNeo4j } from "./neo.js";

/** One timed load: wall time, and what it wrote. */
interface Timed {
  ms: number;
  phasesMs?: Record<string, number>;
}

export interface LoadResult {
  evidenceRows: number;
  entities: number;
  documents: number;
  /** Relationships between entities (one per source|type|target). */
  relations: number;
  /** Document-[:MENTIONS]->Entity relationships, also written by every path. */
  mentions: number;
  transactional: {
    ours: { cold: Timed; warm: Timed; warmCleanupMs: number };
    bare: { cold: Timed; warm: Timed; batchSize: number };
  };
  bulk?: { ours: Timed; bare: Timed };
  javaRssMiB: { ours: number; bare: number };
}

const BARE_BATCH = 10_000;

async function runBatches(db: BenchNeo4j, query: string, rows: readonly unknown[]): Promise<void> {
  const session = db.driver.session({ database: db.neo.database });
  try {
    for (let i = 0; i < rows.length; i += BARE_BATCH) {
      const batch = rows.slice(i, i + BARE_BATCH);
      await session.executeWrite((tx) => tx.run(query, { rows: batch }));
    }
  } finally {
    await session.close();
  }
}

async function countRelationships(db: BenchNeo4j): Promise<number> {
  const { records } = await db.driver.executeQuery(
    benchQuery("bare-count"),
    {},
    { database: db.neo.database },
  );
  return (records[0]?.get("n") as Integer).toNumber();
}

/** The bare baseline: the loader's own rows, plain CREATE, one index per label; timed from the first write. */
async function bareOnce(db: BenchNeo4j, rows: LoadRows): Promise<Timed> {
  const started = performance.now();
  await runBatches(db, benchQuery("bare-documents"), rows.documents);
  await runBatches(db, benchQuery("bare-nodes"), rows.entities);
  await runBatches(db, benchQuery("bare-mentions"), rows.mentions);
  await runBatches(db, benchQuery("bare-relationships"), rows.relations);
  const ms = performance.now() - started;
  const written = await countRelationships(db);
  const expected = rows.relations.length + rows.mentions.length;
  if (written !== expected)
    throw new Error(`bench: bare load wrote ${written} relationships, expected ${expected}`);
  return { ms: Math.round(ms) };
}

async function bareTransactional(rows: LoadRows): Promise<{ cold: Timed; warm: Timed; rss: number }> {
  const db = await freshNeo4j();
  try {
    for (const name of ["bare-index", "bare-index-documents"])
      await db.driver.executeQuery(benchQuery(name), {}, { database: db.neo.database });
    await db.driver.executeQuery(benchQuery("bare-await-indexes"), {}, { database: db.neo.database });
    const cold = await bareOnce(db, rows);
    const session = db.driver.session({ database: db.neo.database });
    try {
      // CALL ... IN TRANSACTIONS: auto-commit only, and longer than the server's default timeout.
      await session.run(benchQuery("bare-clear"), {}, LONG_AUTO_COMMIT);
    } finally {
      await session.close();
    }
    const warm = await bareOnce(db, rows);
    return { cold, warm, rss: rssMiB(db.neo.pid) };
  } finally {
    await db.dispose();
  }
}

/** Maps our loader's progress lines to phases; a phase ends when the next one logs its first line. */
function phaseTimer(started: number) {
  const marks: [string, number][] = [];
  const log = (line: string) => {
    const phase =
      /^batch \d+\/\d+ (\w+)/.exec(line)?.[1] ??
      /^step \d+\/\d+ (.+)$/.exec(line)?.[1] ??
      (line.startsWith("switched") ? "switch" : line.startsWith("removed") ? "cleanup" : undefined);
    if (phase !== undefined && marks.at(-1)?.[0] !== phase) marks.push([phase, performance.now()]);
  };
  const phases = (end: number): Record<string, number> => {
    const out: Record<string, number> = {};
    let previous = started;
    let name = "validate+rows+schema";
    for (const [phase, at] of marks) {
      if (at > end) break;
      out[name] = Math.round(at - previous);
      previous = at;
      name = phase;
    }
    return out;
  };
  return { log, phases };
}

async function timedLoad(
  load: (log: (line: string) => void) => Promise<LoadReport>,
): Promise<{ timed: Timed; report: LoadReport }> {
  const started = performance.now();
  const timer = phaseTimer(started);
  const report = await load(timer.log);
  // The critical path ends at the switch; the cleanup after it is reported on its own.
  return { timed: { ms: report.durationMs, phasesMs: timer.phases(started + report.durationMs) }, report };
}

/** Ours, transactional: a cold load into a fresh JVM, then a warm reload into the same one. */
async function oursTransactional(
  dir: string,
  keep: boolean,
): Promise<{ cold: Timed; warm: Timed; warmCleanupMs: number; rss: number; db?: BenchNeo4j }> {
  const db = await freshNeo4j();
  try {
    const path: LoadPath = "transactional";
    const options = { database: db.neo.database, path };
    const cold = await timedLoad((log) => loadDataDirectory(db.driver, dir, { ...options, log }));
    const warm = await timedLoad((log) => loadDataDirectory(db.driver, dir, { ...options, log }));
    return {
      cold: cold.timed,
      warm: warm.timed,
      warmCleanupMs: warm.report.cleanupMs,
      rss: rssMiB(db.neo.pid),
      ...(keep ? { db } : {}),
    };
  } finally {
    if (!keep) await db.dispose();
  }
}

/** Ours, bulk, end to end into an empty bundled Neo4j this process owns. */
async function oursBulk(dir: string): Promise<Timed> {
  const owned = await ownedNeo4j();
  try {
    const { connection } = owned;
    const { timed } = await timedLoad((log) =>
      loadDataDirectory(connection.driver, dir, {
        database: connection.database,
        store: connection.store!,
        path: "bulk",
        log,
      }),
    );
    return timed;
  } finally {
    await owned.dispose();
  }
}

/** The bare bulk baseline: neo4j-admin import of the same CSV files into a fresh home, nothing else. */
async function bareBulk(rows: LoadRows): Promise<Timed> {
  const home = mkdtempSync(join(tmpdir(), "nig-bench-import-"));
  try {
    const csv = join(home, "csv");
    mkdirSync(csv);
    const files = writeImportCsvs(csv, rows, 1, { dataVersion: "bench", loadedAt: "bench", counts: "{}" });
    const { ms } = await runAdminImport(join(home, "neo4j"), { ...files, arrayDelimiter: ARRAY_DELIMITER });
    return { ms: Math.round(ms) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Measures one size; the transactional database is returned when `keep` (for the API bench). */
export async function benchLoad(
  dataset: Dataset,
  options: { keep: boolean; bulk: boolean },
  log: (line: string) => void,
): Promise<{ result: LoadResult; db?: BenchNeo4j }> {
  const dir = mkdtempSync(join(tmpdir(), "nig-bench-data-"));
  try {
    writeDataDirectory(dir, dataset);
    const rows = buildLoadRows(dataset);
    log(`load: bare UNWIND ... CREATE of ${dataset.relations.length} evidence rows, cold then warm`);
    const bare = await bareTransactional(rows);
    log(`load: bare ${bare.cold.ms} / ${bare.warm.ms} ms; ours transactional, cold then warm`);
    const ours = await oursTransactional(dir, options.keep);
    log(
      `load: ours ${ours.cold.ms} / ${ours.warm.ms} ms (+${ours.warmCleanupMs} ms cleanup after the switch)`,
    );
    let bulk: LoadResult["bulk"];
    if (options.bulk) {
      const bareImport = await bareBulk(rows);
      log(`load: bare neo4j-admin import ${bareImport.ms} ms; ours bulk end to end`);
      const oursImport = await oursBulk(dir);
      log(`load: ours bulk ${oursImport.ms} ms ${JSON.stringify(oursImport.phasesMs)}`);
      bulk = { ours: oursImport, bare: bareImport };
    }
    const result: LoadResult = {
      evidenceRows: dataset.relations.length,
      entities: rows.entities.length,
      documents: rows.documents.length,
      relations: rows.relations.length,
      mentions: rows.mentions.length,
      transactional: {
        ours: { cold: ours.cold, warm: ours.warm, warmCleanupMs: ours.warmCleanupMs },
        bare: { cold: bare.cold, warm: bare.warm, batchSize: BARE_BATCH },
      },
      ...(bulk ? { bulk } : {}),
      javaRssMiB: { ours: ours.rss, bare: bare.rss },
    };
    return { result, ...(ours.db ? { db: ours.db } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
