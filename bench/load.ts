// Load benchmark: our loader (validate + atomic generational load, from a data directory) against a
// plain batched UNWIND ... CREATE of the same entities and relationships into an empty database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Integer } from "neo4j-driver";
import { writeDataDirectory } from "../src/data/synthetic.js";
import { loadDataDirectory } from "../src/db/loader.js";
import type { Dataset } from "../src/model/records.js";
import { benchQuery } from "./cypher.js";
import { freshNeo4j, rssMiB, type BenchNeo4j } from "./neo.js";

export interface LoadResult {
  evidenceRows: number;
  relationships: number;
  entities: number;
  ours: { ms: number; relsPerSec: number; phasesMs: Record<string, number> };
  bare: { ms: number; relsPerSec: number; batchSize: number };
  /** ours / bare relationships per second (1 = as fast as the bare path). */
  ratio: number;
  javaRssMiB: { ours: number; bare: number };
}

const BARE_BATCH = 10_000;

/** The same rows the loader writes (one relationship per source|type|target, evidence as lists), minus its extras. */
function bareRows(dataset: Dataset) {
  const nodes = dataset.entities.map((e) => ({
    type: e.type,
    props: { ...e, aliases_text: e.aliases.join(" ") },
  }));
  const byId = new Map<
    string,
    { source: string; target: string; type: string; props: Record<string, string[] | string> }
  >();
  for (const r of dataset.relations) {
    const id = `${r.source}|${r.type}|${r.target}`;
    let row = byId.get(id);
    if (!row)
      byId.set(
        id,
        (row = {
          source: r.source,
          target: r.target,
          type: r.type,
          props: { id, docs: [], quotes: [], certainty: [], amounts: [], dates: [], notes: [] },
        }),
      );
    const p = row.props as Record<string, string[]>;
    const values: [string, string][] = [
      ["docs", r.doc],
      ["quotes", r.quote],
      ["certainty", r.certainty],
      ["amounts", r.amount],
      ["dates", r.date],
      ["notes", r.note],
    ];
    for (const [key, value] of values) p[key]!.push(value);
  }
  return { nodes, relationships: [...byId.values()] };
}

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

/** Bare baseline in a fresh database: index, node batches, relationship batches. */
async function bareLoad(dataset: Dataset): Promise<{ ms: number; relationships: number; rss: number }> {
  const db = await freshNeo4j();
  try {
    const rows = bareRows(dataset);
    const started = performance.now();
    await db.driver.executeQuery(benchQuery("bare-index"), {}, { database: db.neo.database });
    await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: db.neo.database });
    await runBatches(db, benchQuery("bare-nodes"), rows.nodes);
    await runBatches(db, benchQuery("bare-relationships"), rows.relationships);
    const ms = performance.now() - started;
    const { records } = await db.driver.executeQuery(
      "MATCH ()-[r]->() RETURN count(r) AS n",
      {},
      { database: db.neo.database },
    );
    const written = (records[0]?.get("n") as Integer).toNumber();
    if (written !== rows.relationships.length)
      throw new Error(
        `bench: bare load wrote ${written} relationships, expected ${rows.relationships.length}`,
      );
    return { ms, relationships: written, rss: rssMiB(db.neo.pid) };
  } finally {
    await db.dispose();
  }
}

/** Our loader in a fresh database, from a data directory; phases are timed from its progress lines. */
async function ourLoad(
  dataset: Dataset,
  keep: boolean,
): Promise<{
  ms: number;
  relationships: number;
  phasesMs: Record<string, number>;
  rss: number;
  db?: BenchNeo4j;
}> {
  const dir = mkdtempSync(join(tmpdir(), "nig-bench-data-"));
  const db = await freshNeo4j();
  try {
    writeDataDirectory(dir, dataset);
    const marks: [string, number][] = [];
    const started = performance.now();
    const mark = (phase: string) => {
      if (marks.at(-1)?.[0] !== phase) marks.push([phase, performance.now()]);
    };
    const report = await loadDataDirectory(db.driver, dir, {
      database: db.neo.database,
      log: (line) =>
        mark(
          /^batch \d+\/\d+ (\w+)/.exec(line)?.[1] ??
            (line.startsWith("switched")
              ? "verify+switch"
              : line.startsWith("removed")
                ? "cleanup"
                : "schema+clear"),
        ),
    });
    const ms = performance.now() - started;
    // A phase ends when the next one logs its first line; the first phase covers validation and row building.
    const phasesMs: Record<string, number> = {};
    let previous = started;
    let name = "validate+rows";
    for (const [phase, at] of marks) {
      phasesMs[name] = Math.round(at - previous);
      previous = at;
      name = phase;
    }
    return {
      ms,
      relationships: report.counts.relations,
      phasesMs,
      rss: rssMiB(db.neo.pid),
      ...(keep ? { db } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!keep) await db.dispose();
  }
}

/** Measures one size: bare first, then ours (whose database is returned when `keep`, for the API bench). */
export async function benchLoad(
  dataset: Dataset,
  keep: boolean,
  log: (line: string) => void,
): Promise<{ result: LoadResult; db?: BenchNeo4j }> {
  log(`load: bare UNWIND ... CREATE of ${dataset.relations.length} evidence rows`);
  const bare = await bareLoad(dataset);
  log(`load: bare ${(bare.ms / 1000).toFixed(1)} s; now our loader`);
  const ours = await ourLoad(dataset, keep);
  log(`load: ours ${(ours.ms / 1000).toFixed(1)} s ${JSON.stringify(ours.phasesMs)}`);
  const oursRate = ours.relationships / (ours.ms / 1000);
  const bareRate = bare.relationships / (bare.ms / 1000);
  const result: LoadResult = {
    evidenceRows: dataset.relations.length,
    relationships: ours.relationships,
    entities: dataset.entities.length,
    ours: { ms: Math.round(ours.ms), relsPerSec: Math.round(oursRate), phasesMs: ours.phasesMs },
    bare: { ms: Math.round(bare.ms), relsPerSec: Math.round(bareRate), batchSize: BARE_BATCH },
    ratio: oursRate / bareRate,
    javaRssMiB: { ours: ours.rss, bare: bare.rss },
  };
  return { result, ...(ours.db ? { db: ours.db } : {}) };
}
