// Fresh bundled Neo4j instances for the benchmarks: a new temp data directory each, on the bench's own
// port range, stopped and deleted after use; plus resident memory of any process, read from /proc.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { isPortFree, startBundledNeo4j, type BundledNeo4j } from "../src/db/bundled.js";
import { PATIENT_READY_TIMEOUT_MS } from "../src/db/bundled/process.js";
import { readNeo4jConfig } from "../src/db/config.js";
import { connectNeo4j, createDriver, type Neo4jConnection } from "../src/db/driver.js";

/** Bolt ports reserved for the benchmarks (7771-7779); cycled so a port in TIME_WAIT is skipped. */
const BOLT_PORTS = [7771, 7772, 7773, 7774, 7775, 7776, 7777, 7778, 7779];
let nextPort = 0;

export interface BenchNeo4j {
  neo: BundledNeo4j;
  driver: Driver;
  /** Closes the driver, stops the JVM and deletes its data directory. */
  dispose(): Promise<void>;
}

async function benchPort(): Promise<number> {
  for (let i = 0; i < BOLT_PORTS.length; i++) {
    const candidate = BOLT_PORTS[nextPort++ % BOLT_PORTS.length]!;
    if (await isPortFree(candidate)) return candidate;
  }
  throw new Error(
    `bench: every bench Bolt port (${BOLT_PORTS.join(", ")}) is busy; stop the bundled Neo4j instances left by an earlier bench run`,
  );
}

/**
 * An empty bundled Neo4j started the way the load CLI starts it (so its store may be replaced by the
 * bulk path), in a fresh temp directory; `dispose` stops it and deletes the directory.
 */
export async function ownedNeo4j(): Promise<{ connection: Neo4jConnection; dispose(): Promise<void> }> {
  const home = mkdtempSync(join(tmpdir(), "nig-bench-owned-"));
  const config = readNeo4jConfig({
    NEO4J_DATA_DIR: join(home, "data"),
    NEO4J_BOLT_PORT: String(await benchPort()),
  });
  const connection = await connectNeo4j(config, () => {});
  return {
    connection,
    dispose: async () => {
      await connection.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Starts an empty Neo4j in a fresh temp directory; `heap` is the JVM -Xmx. */
export async function freshNeo4j(heap = "1g"): Promise<BenchNeo4j> {
  const port = await benchPort();
  const home = mkdtempSync(join(tmpdir(), "nig-bench-neo4j-"));
  let neo: BundledNeo4j;
  try {
    neo = await startBundledNeo4j({
      port,
      dataDir: join(home, "data"),
      heap,
      readyTimeoutMs: PATIENT_READY_TIMEOUT_MS,
    });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const driver = createDriver(neo);
  return {
    neo,
    driver,
    dispose: async () => {
      await driver.close();
      await neo.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Resident set size of a process in MiB (Linux /proc), or NaN where /proc is missing. */
export function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
