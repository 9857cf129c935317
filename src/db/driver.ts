// The one place a Neo4j driver is made: pool and timeouts set here, bundled Neo4j started when no NEO4J_URI.
import { readFile } from "node:fs/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { PATIENT_READY_TIMEOUT_MS, startBundledNeo4j, type BundledNeo4j } from "./bundled/process.js";
import { findRunningBundled } from "./bundled/pidfile.js";
import { dataDirFiles } from "./bundled/paths.js";
import type { Neo4jConfig } from "./config.js";
import type { ReplaceableStore } from "./load/bulk.js";

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
}

/**
 * Creates a driver with the project's pool and timeouts. Call it once per process and share the driver:
 * sessions are cheap, drivers hold the connection pool.
 */
export function createDriver({ uri, username, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxConnectionPoolSize: 50,
    // Fail fast when the database is away, so the API can answer 503 instead of hanging.
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: "ningbo-innovation-graph",
  });
}

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  /** Present when this process started the bundled Neo4j (and so stops it in close()). */
  bundled?: BundledNeo4j;
  /** Present with `bundled`: the store a bulk load may replace (it restarts the bundled Neo4j). */
  store?: ReplaceableStore;
  /** Closes the driver, then stops the bundled Neo4j if this process started it. */
  close(): Promise<void>;
}

async function open(
  options: DriverOptions,
  database: string,
  started?: { bundled: BundledNeo4j; restart: () => Promise<BundledNeo4j> },
): Promise<Neo4jConnection> {
  let bundled = started?.bundled;
  const driver = createDriver(options);
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    await driver.close();
    await bundled?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `neo4j: cannot connect to ${options.uri} as ${options.username} (database ${database}): ${reason}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await driver.close();
      await bundled?.stop();
    })());
  const store: ReplaceableStore | undefined =
    started && bundled
      ? {
          dataDir: bundled.dataDir,
          password: bundled.password,
          restartAround: async (swap) => {
            await bundled?.stop();
            swap();
            bundled = await started.restart();
            connection.bundled = bundled;
          },
        }
      : undefined;
  const connection: Neo4jConnection = {
    driver,
    database,
    ...(bundled ? { bundled } : {}),
    ...(store ? { store } : {}),
    close,
  };
  return connection;
}

/**
 * Connects as configured: to NEO4J_URI when set; otherwise to the bundled Neo4j of `config.dataDir`,
 * reusing one already running there (e.g. from `npm run db:start`) or starting it on `config.boltPort`.
 */
export async function connectNeo4j(
  config: Neo4jConfig,
  log: (line: string) => void = console.log,
): Promise<Neo4jConnection> {
  const { uri, username, password, database } = config;
  if (uri !== undefined) return open({ uri, username, password: password ?? "" }, database);

  const running = await findRunningBundled(config.dataDir);
  if (running) {
    log(`neo4j: using the bundled Neo4j already running at ${running.uri} (pid ${running.pid})`);
    const stored = password ?? (await readFile(dataDirFiles(running.dataDir).password, "utf8")).trim();
    return open({ uri: running.uri, username: "neo4j", password: stored }, database);
  }
  const started = Date.now();
  // This process owns the instance it starts, and a load may restart it: wait as long as a busy machine needs.
  const options = {
    port: config.boltPort,
    dataDir: config.dataDir,
    password,
    log,
    readyTimeoutMs: PATIENT_READY_TIMEOUT_MS,
  };
  const bundled = await startBundledNeo4j(options);
  log(
    `neo4j: bundled Neo4j started at ${bundled.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${bundled.dataDir})`,
  );
  // The restart inside a bulk load's swap must not undo that swap (see src/db/bundled/swap.ts).
  const restart = () => startBundledNeo4j({ ...options, password: bundled.password, recoverSwap: false });
  return open({ uri: bundled.uri, username: bundled.username, password: bundled.password }, database, {
    bundled,
    restart,
  });
}
