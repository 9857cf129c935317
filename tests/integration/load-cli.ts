// Runs the load CLI (`tsx src/cli/load.ts`) as a child process against a given database, optionally
// SIGKILLing its whole process group after a number of progress lines ("batch N/M ..." of the
// transactional path, "step N/M ..." of the bulk path).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface LoadCliRun {
  code: number | null;
  signal: string | null;
  lines: string[];
}

export function runLoadCli(
  dir: string,
  env: Record<string, string>,
  options: { killAfter?: number; batchSize?: number; path?: "bulk" | "transactional" } = {},
): Promise<LoadCliRun> {
  return new Promise((resolve) => {
    const child = spawn(
      "npx",
      [
        "tsx",
        "src/cli/load.ts",
        "--data",
        dir,
        "--batch-size",
        String(options.batchSize ?? 50),
        ...(options.path ? ["--path", options.path] : []),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const lines: string[] = [];
    let batches = 0;
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split("\n");
      buffered = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (/^(batch|step) \d+\//.test(line) && ++batches === options.killAfter && child.pid)
          process.kill(-child.pid, "SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    // npx exits before the JVMs it started have died and released their ports and store locks: the
    // run is over only when no live process of its group is left.
    child.once("exit", (code, signal) => {
      void groupGone(child.pid!).then(() => resolve({ code, signal, lines }));
    });
  });
}

/**
 * Processes of group `pgid` that still hold anything, read from /proc. A SIGKILLed JVM's main thread
 * shows as a zombie while its other threads are still tearing down (and still hold its sockets), so a
 * process counts as gone only when none of its threads is alive.
 */
function liveMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(`/proc/${entry}/stat`);
    if (!fields || Number(fields[2]) !== pgid) continue;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${entry}/task`);
    } catch {
      continue; // exited while we looked
    }
    const alive = tasks.some((task) => {
      const state = statFields(`/proc/${entry}/task/${task}/stat`)?.[0];
      return state !== undefined && state !== "Z" && state !== "X";
    });
    if (alive) members.push(Number(entry));
  }
  return members;
}

/** The fields of a /proc stat file after the parenthesised command name (state, ppid, pgrp, ...). */
function statFields(file: string): string[] | undefined {
  try {
    const stat = readFileSync(file, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined; // exited while we looked
  }
}

async function groupGone(pgid: number): Promise<void> {
  while (liveMembers(pgid).length > 0) await new Promise((r) => setTimeout(r, 100));
}
