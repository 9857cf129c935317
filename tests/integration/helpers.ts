// The one way integration tests reach Neo4j, and the one place their drivers are opened and closed:
// the shared database the global set-up started (useTestNeo4j), or a bundled Neo4j of the test's own
// for tests that stop, kill or fill it (useOwnNeo4j, startOwnNeo4j). Each helper closes what it opened.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { startBundledNeo4j, type BundledNeo4j } from "../../src/db/bundled.js";
import { createDriver, type DriverOptions } from "../../src/db/driver.js";
import { loadDataDirectory } from "../../src/db/loader.js";
import type { ProvidedNeo4j } from "./global-setup.js";

const DATA_DIR = join(import.meta.dirname, "..", "..", "data");

export interface TestNeo4j {
  /** Open between beforeAll and afterAll; reading it elsewhere throws. */
  readonly driver: Driver;
  readonly database: string;
  /** Connection details, e.g. for a second driver. */
  readonly connection: ProvidedNeo4j;
  /** The NEO4J_* variables a child process (e.g. the load CLI) needs to reach the same database. */
  readonly env: Record<string, string>;
}

const envOf = (c: ProvidedNeo4j): Record<string, string> => ({
  NEO4J_URI: c.uri,
  NEO4J_USERNAME: c.username,
  NEO4J_PASSWORD: c.password,
  NEO4J_DATABASE: c.database,
});

function guarded(get: () => Driver | undefined, what: string): () => Driver {
  return () => {
    const driver = get();
    if (!driver)
      throw new Error(`${what}: the driver is open only inside tests (between beforeAll and afterAll)`);
    return driver;
  };
}

/**
 * Call at the top of a test file: `const neo = useTestNeo4j();` then use `neo.driver` and `neo.database`
 * inside tests. Registers the hooks that open and close the driver. A file that loads other data into
 * the shared database passes `{ restoreData: true }`: data/ is loaded again before the driver closes,
 * so the next file finds the database as the global set-up left it.
 */
export function useTestNeo4j(options: { restoreData?: boolean } = {}): TestNeo4j {
  const connection = inject("neo4j");
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = createDriver(connection);
    await driver.verifyConnectivity({ database: connection.database });
  });
  afterAll(async () => {
    try {
      if (driver && options.restoreData)
        await loadDataDirectory(driver, DATA_DIR, { database: connection.database });
    } finally {
      await driver?.close();
      driver = undefined;
    }
  });
  const get = guarded(() => driver, "useTestNeo4j");
  return {
    get driver(): Driver {
      return get();
    },
    database: connection.database,
    connection,
    env: envOf(connection),
  };
}

/** A bundled Neo4j of a test's own, with its driver; the driver outlives stop/start (it reconnects). */
export interface OwnNeo4j extends TestNeo4j {
  /** The running JVM's pid; throws while stopped. */
  readonly pid: number;
  /** Stops it cleanly (SIGTERM); the driver stays open and answers "unavailable" meanwhile. */
  stop(): Promise<void>;
  /** SIGKILLs it and waits until the JVM has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data directory (same password). */
  start(): Promise<void>;
  /** Closes the driver, stops the JVM and deletes the data directory if this helper made it. */
  close(): Promise<void>;
}

export interface OwnNeo4jOptions {
  port: number;
  /** Where its store goes (default: a fresh temp directory, deleted by close()). */
  dataDir?: string;
  /** A data directory (e.g. a fixture) to load once it is up. */
  load?: string;
}

/** Starts a bundled Neo4j for the caller, who must `close()` it (in a `finally`). */
export async function startOwnNeo4j(options: OwnNeo4jOptions): Promise<OwnNeo4j> {
  const madeHome = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), "nig-own-neo4j-"));
  const dataDir = options.dataDir ?? join(madeHome!, "data");
  let instance: BundledNeo4j | undefined;
  let driver: Driver | undefined;
  const close = async () => {
    await driver?.close();
    driver = undefined;
    await instance?.stop();
    instance = undefined;
    if (madeHome) rmSync(madeHome, { recursive: true, force: true });
  };
  try {
    instance = await startBundledNeo4j({ port: options.port, dataDir });
    const connection: ProvidedNeo4j = {
      uri: instance.uri,
      username: instance.username,
      password: instance.password,
      database: instance.database,
    };
    driver = createDriver(connection);
    if (options.load) await loadDataDirectory(driver, options.load, { database: connection.database });
    const get = guarded(() => driver, "startOwnNeo4j");
    const running = () => {
      if (!instance) throw new Error("startOwnNeo4j: the database is stopped; start() it first");
      return instance;
    };
    return {
      get driver(): Driver {
        return get();
      },
      get pid(): number {
        return running().pid;
      },
      database: connection.database,
      connection,
      env: envOf(connection),
      stop: async () => {
        await running().stop();
        instance = undefined;
      },
      kill: async () => {
        const jvm = running();
        process.kill(jvm.pid, "SIGKILL");
        await jvm.exited;
        instance = undefined;
      },
      start: async () => {
        if (instance) throw new Error("startOwnNeo4j: already running");
        instance = await startBundledNeo4j({ port: options.port, dataDir });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Call at the top of a test file that needs a database of its own: started (and `load` loaded) before
 * the file's tests, closed and deleted after them, whatever state the tests left it in.
 */
export function useOwnNeo4j(options: OwnNeo4jOptions): OwnNeo4j {
  let own: OwnNeo4j | undefined;
  beforeAll(async () => {
    own = await startOwnNeo4j(options);
  });
  afterAll(async () => {
    await own?.close();
    own = undefined;
  });
  const get = () => {
    if (!own) throw new Error("useOwnNeo4j: the database is there only inside tests");
    return own;
  };
  return {
    get driver() {
      return get().driver;
    },
    get database() {
      return get().database;
    },
    get connection() {
      return get().connection;
    },
    get env() {
      return get().env;
    },
    get pid() {
      return get().pid;
    },
    stop: () => get().stop(),
    kill: () => get().kill(),
    start: () => get().start(),
    close: () => get().close(),
  };
}

/** Runs `use` with a driver to `connection` (e.g. with a wrong password), closing it afterwards. */
export async function withDriver<T>(
  connection: DriverOptions,
  use: (driver: Driver) => Promise<T>,
): Promise<T> {
  const driver = createDriver(connection);
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}
