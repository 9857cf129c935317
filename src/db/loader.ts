// Loads a data directory into Neo4j as a new generation and switches readers to it atomically
// (the scheme is in cypher/README.md): validate, write gen+1 in batches, verify, switch, clean up.
import type { Driver } from "neo4j-driver";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import type { Dataset, DataIssue } from "../model/records.js";
import { writeBatches } from "./load/batches.js";
import {
  applySchema,
  countGen,
  currentGen,
  deleteOtherGens,
  switchGen,
  type GenContext,
} from "./load/generations.js";
import { buildLoadRows } from "./load/rows.js";

export interface LoadOptions {
  database?: string;
  /** Receives progress lines (`batch 3/12 entities`); silent by default. */
  log?: (line: string) => void;
  /** Rows per write transaction (default 1000). */
  batchSize?: number;
}

export interface LoadReport {
  gen: number;
  dataVersion: string;
  durationMs: number;
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

export const DEFAULT_BATCH_SIZE = 1000;

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
  const context: GenContext = { driver, database: options.database, batchSize };
  const rows = buildLoadRows(dataset);

  await applySchema(context);
  const previous = await currentGen(context);
  log(`clearing generations other than ${previous}`);
  await deleteOtherGens(context, previous);
  const gen = previous + 1;
  log(`writing generation ${gen}`);
  const batches = { ...context, gen, log };
  await writeBatches(batches, "documents", "load-documents", rows.documents);
  await writeBatches(batches, "entities", "load-entities", rows.entities);
  await writeBatches(batches, "mentions", "load-mentions", rows.mentions);
  await writeBatches(batches, "relations", "load-relations", rows.relations);

  const counts = {
    documents: rows.documents.length,
    entities: rows.entities.length,
    relations: rows.relations.length,
    evidence: dataset.relations.length,
    mentions: rows.mentions.length,
    byEntityType: tally(rows.entities.map((row) => row.type)),
    byRelationType: tally(rows.relations.map((row) => row.type)),
  };
  const written = await countGen(context, gen);
  for (const key of ["documents", "entities", "relations", "mentions"] as const) {
    if (written[key] !== counts[key]) {
      throw new Error(
        `loader: generation ${gen} holds ${written[key]} ${key}, expected ${counts[key]}; readers stay on generation ${previous}. Run the load again; if it repeats, report it.`,
      );
    }
  }
  await switchGen(context, {
    gen,
    previous,
    dataVersion,
    loadedAt: new Date().toISOString(),
    counts: JSON.stringify(counts),
  });
  log(`switched to generation ${gen}`);
  await deleteOtherGens(context, gen);
  log(`removed generation ${previous}`);
  return { gen, dataVersion, durationMs: Math.round(performance.now() - started), counts, warnings };
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
