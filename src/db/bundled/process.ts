// Starts the bundled Neo4j as a child JVM, waits until Bolt answers, and stops it cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import neo4j from "neo4j-driver";
import { DEFAULT_NEO4J_CONFIG } from "../config.js";
import { ensureLauncherBuilt } from "./build.js";
import { findRunningBundled, terminate } from "./pidfile.js";
import { dataDirFiles, LAUNCHER_JAR, LAUNCHER_LIB, LAUNCHER_MAIN_CLASS } from "./paths.js";
import { isPortFree } from "./ports.js";
import { checkJava } from "./prereqs.js";
import { recoverInterruptedSwap } from "./swap.js";

export interface BundledNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Data directory (default .neo4j/data, relative to the working directory). */
  dataDir?: string;
  /** Overrides the password generated and kept in `<dataDir>/password`. */
  password?: string;
  /** JVM -Xmx value (default 512m). */
  heap?: string;
  /** How long to wait for READY (default 120 s: a cold start takes ~7 s, a first build ~1 min more). */
  readyTimeoutMs?: number;
  /** Receives progress lines and anything the JVM prints on stderr. */
  log?: (line: string) => void;
  /**
   * Finish or undo a bulk-load swap a crash interrupted before starting (default true); false only
   * for the restart inside a swap, which must not undo itself.
   */
  recoverSwap?: boolean;
}

export interface BundledNeo4j {
  uri: string;
  username: "neo4j";
  password: string;
  database: "neo4j";
  pid: number;
  dataDir: string;
  /** Settles when the JVM has exited, whoever stopped it (stop(), `npm run db:stop`, a crash). */
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL if the JVM has not exited after 30 s. Safe to call twice. */
  stop(): Promise<void>;
}

/** For starts a caller cannot retry cheaply (a load's staging store, its restart): minutes on a busy 2-core machine. */
export const PATIENT_READY_TIMEOUT_MS = 600_000;

/** The launcher could not start; `message` carries its own one-line explanation. */
class BundledNeo4jError extends Error {
  override name = "BundledNeo4jError";
}

/** Java 17+ needs these for Neo4j's direct buffers, Netty and native-access code paths (as neo4j.conf ships). */
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
  "-XX:+UseG1GC",
];

function waitForReady(child: ChildProcess, stderrLines: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const explain = (what: string) => {
      const own = stderrLines.filter((l) => l.startsWith("neo4j-launcher:"));
      const detail = (own.length > 0 ? own : stderrLines.slice(-10)).join("\n");
      return new BundledNeo4jError(detail ? detail : `neo4j-launcher: ${what} (no error output)`);
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(explain(`no READY line within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new BundledNeo4jError(`neo4j-launcher: could not run java: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      // Let the last stderr lines arrive before explaining.
      setTimeout(() => reject(explain(`exited with ${signal ?? `code ${code}`} before it was ready`)), 50);
    });
  });
}

async function verify(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

/**
 * Starts Neo4j Community embedded (neo4j/) on 127.0.0.1, building it first if needed.
 * Resolves once READY was printed and the driver connected; rejects with the launcher's own error otherwise.
 */
export async function startBundledNeo4j(options: BundledNeo4jOptions = {}): Promise<BundledNeo4j> {
  const port = options.port ?? DEFAULT_NEO4J_CONFIG.boltPort;
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_NEO4J_CONFIG.dataDir);
  const log = options.log ?? (() => {});
  checkJava();
  await ensureLauncherBuilt(log);
  if (!(await isPortFree(port))) {
    const running = await findRunningBundled(dataDir);
    const hint = running?.port === port ? ` (it is the bundled Neo4j of ${dataDir}, pid ${running.pid})` : "";
    throw new BundledNeo4jError(
      `port ${port} is in use${hint}; set NEO4J_BOLT_PORT or stop the other process`,
    );
  }

  if (options.recoverSwap !== false && !(await findRunningBundled(dataDir))) {
    const recovered = recoverInterruptedSwap(dataDir);
    if (recovered) log(`bundled Neo4j: ${recovered} (${dataDir})`);
  }

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_PASSWORD;
  if (options.password !== undefined) env.NEO4J_PASSWORD = options.password;
  const classpath = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_LIB, "*")}`;
  const args = [`-Xmx${options.heap ?? "512m"}`, ...JVM_FLAGS, "-cp", classpath, LAUNCHER_MAIN_CLASS];
  // stdin stays open and unused: if this process dies, even by SIGKILL, the launcher sees EOF and stops.
  const child = spawn("java", [...args, "--port", String(port), "--data", dataDir, "--exit-with-stdin"], {
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const stderrLines: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => {
    stderrLines.push(line);
    log(line);
  });
  // If this Node process ends without stop(), do not leave an orphan JVM holding the port and the store lock.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);

  let uri: string;
  let password: string;
  try {
    uri = await waitForReady(child, stderrLines, options.readyTimeoutMs ?? 120_000);
    password = options.password ?? (await readFile(dataDirFiles(dataDir).password, "utf8")).trim();
    await verify(uri, password);
  } catch (error) {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) await terminate(child.pid!, 10_000);
    throw error;
  }

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
    })();
    return stopping;
  };
  return { uri, username: "neo4j", password, database: "neo4j", pid: child.pid!, dataDir, exited, stop };
}
