// The database the loader tests write to: the one the integration global set-up started, with the
// NEO4J_* variables a child process (the load CLI) needs to reach it.
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../src/db/driver.js";

export interface LoaderTestDatabase {
  driver: Driver;
  database: string;
  /** The NEO4J_* variables a child process needs to reach the same database. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function openLoaderTestDatabase(): Promise<LoaderTestDatabase> {
  const connection = inject("neo4j");
  const driver = createDriver(connection);
  const env = {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
  return { driver, database: connection.database, env, stop: () => driver.close() };
}
