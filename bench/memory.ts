// What the figures were measured on (every result carries it), and the memory rows of the report.
import { execFileSync } from "node:child_process";
import { cpus, totalmem, release } from "node:os";

export interface Machine {
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  chromium?: string;
}

/** CPU, memory and runtime versions; java -version goes to stderr, hence the shell redirection. */
export function describeMachine(): Machine {
  let java = "unknown";
  try {
    java = execFileSync("sh", ["-c", "java -version 2>&1 | head -1"], { encoding: "utf8" }).trim();
  } catch {
    // Reported as unknown: the load bench will fail with its own message if java is missing.
  }
  return {
    cpuModel: cpus()[0]?.model ?? "unknown",
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    java,
  };
}

export interface MemoryRow {
  what: string;
  size: string;
  oursMiB: number;
  baselineMiB: number;
  baseline: string;
}
