// Integration set-up: one bundled Neo4j on a free port in a fresh temp directory, loaded with the real
// data/, provided to every test file as inject("neo4j"); stopped and deleted after the run.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { findFreePort, startBundledNeo4j, type BundledNeo4j } from "../../src/db/bundled.js";
import { createDriver } from "../../src/db/driver.js";
import { loadDataDirectory } from "../../src/db/loader.js";

export interface ProvidedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));
/** Also exported to the environment, so CLIs and child processes under test reach the same database. */
const ENV_KEYS = ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = await mkdtemp(path.join(tmpdir(), "nig-integration-neo4j-"));
  const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  let neo: BundledNeo4j | undefined;
  const teardown = async () => {
    for (const key of ENV_KEYS) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
    await neo?.stop();
    await rm(home, { recursive: true, force: true });
  };

  try {
    const began = Date.now();
    neo = await startBundledNeo4j({
      port: await findFreePort(),
      dataDir: path.join(home, "data"),
      log: (line) => console.error(line),
    });
    const started = Date.now();
    const driver = createDriver(neo);
    try {
      const report = await loadDataDirectory(driver, DATA_DIR, { database: neo.database });
      console.log(
        `integration: Neo4j at ${neo.uri} up in ${((started - began) / 1000).toFixed(1)} s; data/ loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${report.counts.entities} entities, ${report.counts.relations} relationships)`,
      );
    } finally {
      await driver.close();
    }
  } catch (error) {
    await teardown();
    throw error;
  }

  const provided: ProvidedNeo4j = {
    uri: neo.uri,
    username: neo.username,
    password: neo.password,
    database: neo.database,
  };
  project.provide("neo4j", provided);
  Object.assign(process.env, {
    NEO4J_URI: provided.uri,
    NEO4J_USERNAME: provided.username,
    NEO4J_PASSWORD: provided.password,
    NEO4J_DATABASE: provided.database,
  });
  return teardown;
}
