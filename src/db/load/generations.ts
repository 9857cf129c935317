// The generation steps of a load (see cypher/README.md): read the current gen, clear other gens,
// verify a written gen, and switch readers to it in one small transaction.
import neo4j, { type Driver } from "neo4j-driver";
import { loaderQuery, loaderStatements } from "./cypher.js";

/**
 * For the auto-commit queries that batch a whole generation (CALL ... IN TRANSACTIONS): the outer
 * transaction spans all the batches, and the server's default timeout (60 s in the launcher) cut a
 * 10^5-row cleanup short on a busy machine.
 */
export const LONG_AUTO_COMMIT = { timeout: 30 * 60_000 };

export interface GenContext {
  driver: Driver;
  database?: string;
  batchSize: number;
}

/** The generation readers see now (0 when nothing was ever loaded). */
export async function currentGen({ driver, database }: GenContext): Promise<number> {
  const result = await driver.executeQuery(
    loaderQuery("load-state"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  return toNumber(result.records[0]?.get("gen"));
}

/**
 * The generation a new load writes: above every generation present (current, or left over by a killed
 * load), so a load never has to clear leftovers before it writes; they go after its switch.
 */
export async function nextGen({ driver, database }: GenContext, current: number): Promise<number> {
  const result = await driver.executeQuery(
    loaderQuery("load-max-gen"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  return Math.max(current, toNumber(result.records[0]?.get("gen"))) + 1;
}

/** Fresh statistics and no cached plans, after the node phases (see cypher/load-replan.cypher). */
export async function replan({ driver, database }: GenContext): Promise<void> {
  await driver.executeQuery(loaderQuery("load-replan"), {}, { database });
}

/** Waits until every index is online (after a schema change on a store that already holds data). */
export async function awaitIndexes({ driver, database }: GenContext, seconds = 600): Promise<void> {
  await driver.executeQuery(loaderQuery("load-await-indexes"), { seconds: neo4j.int(seconds) }, { database });
}

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this is safe on every load. */
export async function applySchema({ driver, database }: GenContext): Promise<void> {
  for (const statement of loaderStatements("schema")) await driver.executeQuery(statement, {}, { database });
}

/**
 * Deletes every Entity and Document of a generation other than `keep`, relationships first, in
 * batches. CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
 */
export async function deleteOtherGens(
  { driver, database, batchSize }: GenContext,
  keep: number,
): Promise<void> {
  const session = driver.session({ database });
  try {
    const params = { keep: neo4j.int(keep), batchSize: neo4j.int(batchSize) };
    await session.run(loaderQuery("load-delete-relationships"), params, LONG_AUTO_COMMIT);
    await session.run(loaderQuery("load-delete-nodes"), params, LONG_AUTO_COMMIT);
  } finally {
    await session.close();
  }
}

export interface GenCounts {
  entities: number;
  documents: number;
  relations: number;
  mentions: number;
}

/** What a generation holds, counted in the database. */
export async function countGen({ driver, database }: GenContext, gen: number): Promise<GenCounts> {
  const result = await driver.executeQuery(loaderQuery("load-verify"), { gen: neo4j.int(gen) }, { database });
  const row = result.records[0];
  return {
    entities: toNumber(row?.get("entities")),
    documents: toNumber(row?.get("documents")),
    relations: toNumber(row?.get("relations")),
    mentions: toNumber(row?.get("mentions")),
  };
}

/** Points LoadState at `gen`; fails if another load switched after this one read `previous`. */
export async function switchGen(
  { driver, database }: GenContext,
  state: { gen: number; previous: number; dataVersion: string; loadedAt: string; counts: string },
): Promise<void> {
  const result = await driver.executeQuery(
    loaderQuery("load-switch"),
    { ...state, gen: neo4j.int(state.gen), previous: neo4j.int(state.previous) },
    { database },
  );
  if (result.records.length === 0) {
    throw new Error(
      `loader: another load switched the graph while this one was writing generation ${state.gen}; its generation was left in place and will be removed by the next load. Run the load again.`,
    );
  }
}

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : 0;
}
