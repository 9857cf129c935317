// Runs the load CLI (`tsx src/cli/load.ts`) as a child process against a given database, optionally
// SIGKILLing its whole process group after a number of progress lines ("batch N/M ..." of the
// transactional path, "step N/M ..." of the bulk path).
import { spawn } from "node:child_process";
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
    child.once("exit", (code, signal) => resolve({ code, signal, lines }));
  });
}
