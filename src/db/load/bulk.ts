// The bulk path (bundled Neo4j only): the new generation is written as CSV, imported with neo4j-admin
// into a fresh store beside the live one, started there on a spare port, given its schema and
// verified; only then is the live Neo4j stopped, the store swapped in and Neo4j started again. A
// failure before the swap leaves the live store untouched; a crash during it is undone at the next
// start (src/db/bundled/swap.ts). Logs `step N/M <what>` after each step.
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { runAdminImport } from "../bundled/admin-import.js";
import { dataDirFiles } from "../bundled/paths.js";
import { PATIENT_READY_TIMEOUT_MS, startBundledNeo4j } from "../bundled/process.js";
import { findFreePort } from "../bundled/ports.js";
import { commitSwap, removePrevious, stagingDirOf, swapInStaged } from "../bundled/swap.js";
import { createDriver } from "../driver.js";
import { ARRAY_DELIMITER, writeImportCsvs, type FillKind } from "./bulk-csv.js";
import { loaderQuery } from "./cypher.js";
import {
  applySchema,
  awaitIndexes,
  countGen,
  currentGen,
  LONG_AUTO_COMMIT,
  type GenContext,
} from "./generations.js";
import type { LoadRows } from "./rows.js";

/** A bundled Neo4j this process started, whose store a load may replace. */
export interface ReplaceableStore {
  dataDir: string;
  password: string;
  /** Stops the live Neo4j, runs `swap` (which moves directories), and starts it again. */
  restartAround(swap: () => void): Promise<void>;
}

export interface BulkContext {
  driver: Driver;
  database?: string;
  store: ReplaceableStore;
  batchSize: number;
  log: (line: string) => void;
}

export interface BulkState {
  gen: number;
  previous: number;
  dataVersion: string;
  loadedAt: string;
  counts: string;
  expected: { documents: number; entities: number; relations: number; mentions: number };
}

const STEPS = [
  "csv written",
  "imported",
  "staging store started",
  "empty lists filled",
  "schema online",
  "verified",
  "staging store stopped",
] as const;

/** Writes `rows` as generation `state.gen` through neo4j-admin import and swaps the store in. */
export async function bulkLoad(context: BulkContext, rows: LoadRows, state: BulkState): Promise<void> {
  const { store, log } = context;
  const total = STEPS.length + 1;
  let step = 0;
  const done = (what: string) => log(`step ${++step}/${total} ${what}`);
  const staging = stagingDirOf(store.dataDir);
  rmSync(staging, { recursive: true, force: true });
  const csvDir = path.join(staging, "import");
  mkdirSync(csvDir, { recursive: true });
  // The staged store keeps the live one's password, so it opens the same way once swapped in.
  const passwordFile = dataDirFiles(store.dataDir).password;
  if (existsSync(passwordFile)) copyFileSync(passwordFile, dataDirFiles(staging).password);

  try {
    const files = writeImportCsvs(csvDir, rows, state.gen, state);
    done(STEPS[0]);
    await runAdminImport(staging, { ...files, arrayDelimiter: ARRAY_DELIMITER }, log);
    rmSync(csvDir, { recursive: true, force: true });
    done(STEPS[1]);

    const staged = await startBundledNeo4j({
      port: await findFreePort(),
      dataDir: staging,
      password: store.password,
      heap: "1g",
      readyTimeoutMs: PATIENT_READY_TIMEOUT_MS,
    });
    const driver = createDriver(staged);
    try {
      done(STEPS[2]);
      const gen: GenContext = { driver, database: staged.database, batchSize: context.batchSize };
      await fillEmptyLists(gen, state.gen, files.fills);
      done(STEPS[3]);
      await applySchema(gen);
      await awaitIndexes(gen);
      done(STEPS[4]);
      await verifyStaged(gen, state);
      done(STEPS[5]);
    } finally {
      await driver.close();
      await staged.stop();
    }
    done(STEPS[6]);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  const live: GenContext = { driver: context.driver, database: context.database, batchSize: 1 };
  if ((await currentGen(live)) !== state.previous) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `loader: another load switched the graph while this one was importing generation ${state.gen}; nothing was swapped. Run the load again.`,
    );
  }
  await store.restartAround(() => swapInStaged(store.dataDir));
  const now = await currentGen(live);
  if (now !== state.gen)
    throw new Error(
      `loader: after the swap the graph reports generation ${now}, expected ${state.gen}; the next start puts the previous store back.`,
    );
  commitSwap(store.dataDir);
  done(`swapped in generation ${state.gen}`);
}

/** Removes the store the swap replaced (after the switch was reported). */
export function removeReplacedStore(store: ReplaceableStore): void {
  removePrevious(store.dataDir);
}

const FILL_QUERIES: Record<FillKind, string> = {
  entities: "load-bulk-fill-entities",
  documents: "load-bulk-fill-documents",
  relations: "load-bulk-fill-relations",
  mentions: "load-bulk-fill-mentions",
};

async function fillEmptyLists(
  { driver, database, batchSize }: GenContext,
  gen: number,
  fills: Record<FillKind, Record<string, string[]>>,
): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const kind of Object.keys(FILL_QUERIES) as FillKind[]) {
      const keys = Object.keys(fills[kind]);
      if (keys.length === 0) continue;
      await session.run(
        loaderQuery(FILL_QUERIES[kind]),
        {
          gen: neo4j.int(gen),
          keys,
          fill: fills[kind],
          batchSize: neo4j.int(Math.max(batchSize, 10_000)),
        },
        LONG_AUTO_COMMIT,
      );
    }
  } finally {
    await session.close();
  }
}

async function verifyStaged(context: GenContext, state: BulkState): Promise<void> {
  const written = await countGen(context, state.gen);
  for (const key of ["documents", "entities", "relations", "mentions"] as const) {
    if (written[key] !== state.expected[key])
      throw new Error(
        `loader: the imported store holds ${written[key]} ${key}, expected ${state.expected[key]}; the live graph was not touched.`,
      );
  }
  if ((await currentGen(context)) !== state.gen)
    throw new Error(
      `loader: the imported store has no LoadState at generation ${state.gen}; the live graph was not touched.`,
    );
}
