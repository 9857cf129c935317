// The bulk path (neo4j-admin import into a new store beside the live one, swapped in) against a
// bundled Neo4j this test starts itself, since the path replaces the store of a Neo4j it owns: the
// same graph and schema as the transactional path. Killing it at every step before the swap is a
// fault test (faults.test.ts).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDataset, writeDataDirectory } from "../../src/data/synthetic.js";
import { findFreePort } from "../../src/db/bundled.js";
import { previousDirOf, stagingDirOf } from "../../src/db/bundled/swap.js";
import { readNeo4jConfig } from "../../src/db/config.js";
import { connectNeo4j, type Neo4jConnection } from "../../src/db/driver.js";
import { countAllGenerations, graphChecksum, indexStates } from "../../src/db/load/checksum.js";
import { loadDataDirectory } from "../../src/db/loader.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Neo4j starts take 10-60 s on a shared 2-core machine, and each kill point needs two: not a check. */
const SLOW_TEST_TIMEOUT_MS = 1_200_000;
const DATA = join(ROOT, "data");
const VALID = join(ROOT, "tests", "fixtures", "valid-small");

let home: string;
let dataDir: string;
let synthetic: string;
let env: Record<string, string>;
let connection: Neo4jConnection | undefined;

const connect = async () =>
  (connection = await connectNeo4j(
    readNeo4jConfig({ NEO4J_DATA_DIR: env.NEO4J_DATA_DIR, NEO4J_BOLT_PORT: env.NEO4J_BOLT_PORT }),
    () => {},
  ));
const checksum = () => graphChecksum(connection!.driver, connection!.database);

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "nig-bulk-"));
  dataDir = join(home, "data");
  synthetic = join(home, "synthetic");
  writeDataDirectory(synthetic, syntheticDataset({ entities: 1500, relations: 2500 }));
  // The load CLI must start (and so own) the bundled Neo4j: the global set-up's NEO4J_* are blanked.
  env = {
    NEO4J_URI: "",
    NEO4J_USERNAME: "",
    NEO4J_PASSWORD: "",
    NEO4J_DATABASE: "",
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await findFreePort()),
  };
  await connect();
});

afterAll(async () => {
  await connection?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("the bulk path", () => {
  it(
    "writes the same graph and schema as the transactional path (real data, synthetic data)",
    async () => {
      for (const dir of [DATA, synthetic]) {
        const { driver, database } = connection!;
        await loadDataDirectory(driver, dir, { database, path: "transactional" });
        const expected = await checksum();
        const indexes = await indexStates(driver, database);
        const report = await loadDataDirectory(connection!.driver, dir, {
          database,
          store: connection!.store!,
          path: "bulk",
        });
        expect(report.path).toBe("bulk");
        expect(await checksum(), dir).toEqual(expected);
        expect(await indexStates(connection!.driver, database)).toEqual(indexes);
        expect(Object.values(indexes).every((state) => state === "ONLINE")).toBe(true);
        expect(await countAllGenerations(connection!.driver, database)).toMatchObject({
          generations: [report.gen],
        });
      }
      expect(existsSync(stagingDirOf(dataDir))).toBe(false);
      expect(existsSync(previousDirOf(dataDir))).toBe(false);
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it("is refused without a store this process owns", async () => {
    await expect(
      loadDataDirectory(connection!.driver, VALID, { database: connection!.database, path: "bulk" }),
    ).rejects.toThrow(/the bulk path needs the bundled Neo4j started by this process/);
  });
});
