// Fresh bundled Neo4j instances for the benchmarks: a new temp data directory each, on the bench's own
// port range, stopped and deleted after use; plus resident memory of any process, read from /proc.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { isPortFree, startBundledNeo4j, type BundledNeo4j } from "../src/db/bundled.js";
import { createDriver } from "../src/db/driver.js";

/** Bolt ports reserved for the benchmarks (7771-7779); cycled so a port in TIME_WAIT is skipped. */
const BOLT_PORTS = [7771, 7772, 7773, 7774, 7775, 7776, 7777, 7778, 7779];
let nextPort = 0;

export interface BenchNeo4j {
  neo: BundledNeo4j;
  driver: Driver;
  /** Closes the driver, stops the JVM and deletes its data directory. */
  dispose(): Promise<void>;
}

/** Starts an empty Neo4j in a fresh temp directory; `heap` is the JVM -Xmx. */
export async function freshNeo4j(heap = "1g"): Promise<BenchNeo4j> {
  let port: number | undefined;
  for (let i = 0; i < BOLT_PORTS.length && port === undefined; i++) {
    const candidate = BOLT_PORTS[nextPort++ % BOLT_PORTS.length]!;
    if (await isPortFree(candidate)) port = candidate;
  }
  if (port === undefined)
    throw new Error(
      `bench: every bench Bolt port (${BOLT_PORTS.join(", ")}) is busy; stop the bundled Neo4j instances left by an earlier bench run`,
    );
  const home = mkdtempSync(join(tmpdir(), "nig-bench-neo4j-"));
  let neo: BundledNeo4j;
  try {
    neo = await startBundledNeo4j({ port, dataDir: join(home, "data"), heap });
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
