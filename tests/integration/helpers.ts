// The one way integration tests reach the database that global-setup.ts started: a driver opened before
// the file's tests and closed after them.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { createDriver } from "../../src/db/driver.js";
import type { ProvidedNeo4j } from "./global-setup.js";

export interface TestNeo4j {
  /** Open between beforeAll and afterAll; reading it elsewhere throws. */
  readonly driver: Driver;
  readonly database: string;
  /** Connection details, e.g. for a child process or a second driver. */
  readonly connection: ProvidedNeo4j;
}

/**
 * Call at the top of a test file: `const neo = useTestNeo4j();` then use `neo.driver` and `neo.database`
 * inside tests. Registers the hooks that open and close the driver.
 */
export function useTestNeo4j(): TestNeo4j {
  const connection = inject("neo4j");
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = createDriver(connection);
    await driver.verifyConnectivity({ database: connection.database });
  });
  afterAll(async () => {
    await driver?.close();
    driver = undefined;
  });
  return {
    get driver(): Driver {
      if (!driver)
        throw new Error(
          "useTestNeo4j: the driver is open only inside tests (between beforeAll and afterAll)",
        );
      return driver;
    },
    database: connection.database,
    connection,
  };
}
