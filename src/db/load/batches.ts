// Writes rows in batches, one write transaction each, logging `batch N/M <kind>` after each so that
// progress is visible (and tests can kill a load at a chosen point).
import neo4j, { type Driver } from "neo4j-driver";
import { loaderQuery } from "./cypher.js";

export interface BatchContext {
  driver: Driver;
  database?: string;
  batchSize: number;
  gen: number;
  log: (line: string) => void;
}

/** Sends `rows` to cypher/<query>.cypher as $rows, `batchSize` at a time, with $gen. */
export async function writeBatches(
  context: BatchContext,
  kind: string,
  query: string,
  rows: readonly unknown[],
): Promise<void> {
  const { driver, database, batchSize, gen, log } = context;
  const text = loaderQuery(query);
  const total = Math.ceil(rows.length / batchSize);
  const session = driver.session({ database });
  try {
    for (let index = 0; index < total; index++) {
      const batch = rows.slice(index * batchSize, (index + 1) * batchSize);
      await session.executeWrite((tx) => tx.run(text, { rows: batch, gen: neo4j.int(gen) }));
      log(`batch ${index + 1}/${total} ${kind}`);
    }
  } finally {
    await session.close();
  }
}
