// Loads a data directory into Neo4j as a new generation and switches readers to it atomically
// (the scheme is in cypher/README.md): validate, write the new generation (through Bolt in batches,
// or as a new store by neo4j-admin import), verify, switch, then clean up after the switch.
import type { Driver } from "neo4j-driver";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import type { Dataset, DataIssue } from "../model/records.js";
import { bulkLoad, removeReplacedStore, type ReplaceableStore } from "./load/bulk.js";
import {
  applySchema,
  countGen,
  currentGen,
  deleteOtherGens,
  nextGen,
  switchGen,
  type GenContext,
} from "./load/generations.js";
import { buildLoadRows } from "./load/rows.js";
import { writeGeneration } from "./load/transactional.js";

/** How a load writes: through Bolt in batches, or as a whole new store through neo4j-admin import. */
export type LoadPath = "transactional" | "bulk";

export interface LoadOptions {
  database?: string;
  /** Receives progress lines (`batch 3/12 entities`, `step 2/8 imported`); silent by default. */
  log?: (line: string) => void;
  /** Rows per write transaction (default 10,000). */
  batchSize?: number;
  /**
   * The bundled Neo4j's store, when this process started it: allows the bulk path. Without it (an
   * external NEO4J_URI, or a bundled Neo4j another process runs) every load is transactional.
   */
  store?: ReplaceableStore;
  /** Forces a path; by default bulk when `store` is given and the data is large (BULK_MIN_EVIDENCE). */
  path?: LoadPath;
}

export interface LoadReport {
  gen: number;
  dataVersion: string;
  path: LoadPath;
  /** From the start to the switch (readers see the new graph): the load's critical path. */
  durationMs: number;
  /** Removing what the switch replaced, after it (the old generation or the old store). */
  cleanupMs: number;
  counts: {
    documents: number;
    entities: number;
    relations: number;
    evidence: number;
    mentions: number;
    byEntityType: Record<string, number>;
    byRelationType: Record<string, number>;
  };
  /** Warnings from validation (errors stop the load before it writes anything). */
  warnings: DataIssue[];
}

export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Evidence rows from which the bulk path is the default (when allowed): below this the JVM starts it
 * needs (import, staging store, restart: ~20 s here) cost more than writing through Bolt.
 */
const BULK_MIN_EVIDENCE = 100_000;

/** Thrown when the data has errors; carries every issue, and nothing has been written. */
export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(
      `loader: the data has ${errors.length} error(s), nothing was loaded; run npm run validate for the list. First: ${errors[0] ? formatIssue(errors[0]) : "(none)"}`,
    );
    this.name = "DataValidationError";
  }
}

/** Validates `dataDir` and loads it; throws DataValidationError (writing nothing) on any data error. */
export async function loadDataDirectory(
  driver: Driver,
  dataDir: string,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const result = validateDataDirectory(dataDir);
  if (!result.dataset || !result.dataVersion) throw new DataValidationError(result.issues);
  const warnings = result.issues.filter((issue) => issue.severity === "warning");
  return loadValidated(driver, result.dataset, result.dataVersion, warnings, options);
}

async function loadValidated(
  driver: Driver,
  dataset: Dataset,
  dataVersion: string,
  warnings: DataIssue[],
  options: LoadOptions,
): Promise<LoadReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`loader: batchSize must be a positive integer, got ${batchSize}`);
  const path = choosePath(options, dataset.relations.length);
  const context: GenContext = { driver, database: options.database, batchSize };
  const rows = buildLoadRows(dataset);
  const counts = {
    documents: rows.documents.length,
    entities: rows.entities.length,
    relations: rows.relations.length,
    evidence: dataset.relations.length,
    mentions: rows.mentions.length,
    byEntityType: tally(rows.entities.map((row) => row.type)),
    byRelationType: tally(rows.relations.map((row) => row.type)),
  };
  const previous = await currentGen(context);
  const state = { previous, dataVersion, loadedAt: new Date().toISOString(), counts: JSON.stringify(counts) };

  if (path === "bulk") {
    const store = options.store!;
    const gen = previous + 1;
    log(`writing generation ${gen} by neo4j-admin import into a new store`);
    await bulkLoad({ driver, database: options.database, store, batchSize, log }, rows, {
      ...state,
      gen,
      expected: counts,
    });
    const durationMs = Math.round(performance.now() - started);
    log(`switched to generation ${gen}`);
    const cleanupStarted = performance.now();
    removeReplacedStore(store);
    log(`removed the store of generation ${previous}`);
    const cleanupMs = Math.round(performance.now() - cleanupStarted);
    return { gen, dataVersion, path, durationMs, cleanupMs, counts, warnings };
  }

  await applySchema(context);
  // Above every generation present, so leftovers of a killed load need no clearing first.
  const gen = await nextGen(context, previous);
  log(`writing generation ${gen}`);
  await writeGeneration({ ...context, gen, log }, rows);
  const written = await countGen(context, gen);
  for (const key of ["documents", "entities", "relations", "mentions"] as const) {
    if (written[key] !== counts[key]) {
      throw new Error(
        `loader: generation ${gen} holds ${written[key]} ${key}, expected ${counts[key]}; readers stay on generation ${previous}. Run the load again; if it repeats, report it.`,
      );
    }
  }
  await switchGen(context, { ...state, gen });
  const durationMs = Math.round(performance.now() - started);
  log(`switched to generation ${gen}`);
  // Off the critical path: readers already see the new generation.
  const cleanupStarted = performance.now();
  await deleteOtherGens(context, gen);
  log(`removed generations other than ${gen}`);
  const cleanupMs = Math.round(performance.now() - cleanupStarted);
  return { gen, dataVersion, path, durationMs, cleanupMs, counts, warnings };
}

function choosePath(options: LoadOptions, evidence: number): LoadPath {
  if (options.path === "bulk" && !options.store)
    throw new Error(
      "loader: the bulk path needs the bundled Neo4j started by this process (its store is replaced); with NEO4J_URI or a Neo4j started elsewhere, load with --path transactional",
    );
  if (options.path) return options.path;
  return options.store && evidence >= BULK_MIN_EVIDENCE ? "bulk" : "transactional";
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
