// Finds and stops a bundled Neo4j started by another process, through the pid file the launcher keeps.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { dataDirFiles, LAUNCHER_MAIN_CLASS } from "./paths.js";

export interface RunningBundled {
  pid: number;
  port: number;
  uri: string;
  dataDir: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // Guard against pid reuse after a crash: on Linux, check that it is really our launcher.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_MAIN_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

/** The bundled Neo4j running on this data directory, if any (a stale pid file counts as none). */
export async function findRunningBundled(dataDir: string): Promise<RunningBundled | undefined> {
  const absolute = path.resolve(dataDir);
  const text = await readFile(dataDirFiles(absolute).pid, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  let parsed: { pid?: unknown; port?: unknown };
  try {
    parsed = JSON.parse(text) as { pid?: unknown; port?: unknown };
  } catch {
    return undefined;
  }
  const { pid, port } = parsed;
  if (typeof pid !== "number" || typeof port !== "number" || !isAlive(pid)) return undefined;
  return { pid, port, uri: `bolt://127.0.0.1:${port}`, dataDir: absolute };
}

/** Resolves once `pid` has gone; sends SIGKILL if it is still there after `timeoutMs`. */
export async function terminate(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the bundled Neo4j of `dataDir` started by any process; returns what it stopped, if anything. */
export async function stopByPidFile(
  dataDir: string,
  timeoutMs?: number,
): Promise<RunningBundled | undefined> {
  const running = await findRunningBundled(dataDir);
  if (running) await terminate(running.pid, timeoutMs);
  return running;
}
