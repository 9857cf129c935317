// Runs `neo4j-admin database import full` from the launcher's own classpath (org.neo4j.cli.AdminTool,
// in neo4j-command-line; the import tool is a dependency of org.neo4j:neo4j) into a Neo4j home that
// no running instance uses, the layout the launcher reads: <home>/data/databases/neo4j.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { LAUNCHER_LIB } from "./paths.js";
import { JVM_FLAGS } from "./process.js";

export interface AdminImportInput {
  nodes: string[];
  relationships: { type?: string; file: string }[];
  multiline: string[];
  arrayDelimiter: string;
}

export interface AdminImportResult {
  ms: number;
  /** The tool's last lines (IMPORT DONE in ..., counts, peak memory). */
  summary: string[];
}

/** The admin tool's arguments for a full import of `input` into database neo4j (overwritten). */
function adminImportArgs(input: AdminImportInput, home: string): string[] {
  const codepoint = input.arrayDelimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return [
    "database",
    "import",
    "full",
    // The database name first: --nodes and --relationships take several files and would swallow it.
    "neo4j",
    `--array-delimiter=U+${codepoint}`,
    "--overwrite-destination=true",
    "--max-off-heap-memory=2g",
    `--report-file=${path.join(home, "import.report")}`,
    // Format v1 (every file read as possibly multiline, one parser thread): v2's per-file list chunks
    // by scanning back from a buffer's end, and on documents.csv over its 4 MB buffer (10^5 rows with
    // the real documents) it stops with "Weird input data, found CR outside a text cell".
    ...(input.multiline.length > 0 ? ["--multiline-fields=true", "--multiline-fields-format=v1"] : []),
    ...input.nodes.map((file) => `--nodes=${file}`),
    ...input.relationships.map((r) => `--relationships=${r.type ? `${r.type}=` : ""}${r.file}`),
  ];
}

/** Imports into `<home>/data/databases/neo4j`; rejects with the tool's own last lines when it fails. */
export function runAdminImport(
  home: string,
  input: AdminImportInput,
  log: (line: string) => void = () => {},
): Promise<AdminImportResult> {
  const conf = path.join(home, "conf");
  mkdirSync(conf, { recursive: true });
  const started = performance.now();
  const args = [
    "-Xmx1g",
    ...JVM_FLAGS,
    "-cp",
    path.join(LAUNCHER_LIB, "*"),
    "org.neo4j.cli.AdminTool",
    ...adminImportArgs(input, home),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) if (line.trim() !== "") lines.push(line);
      if (lines.length > 400) lines.splice(0, lines.length - 200);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", (error) =>
      reject(new Error(`loader: could not run java for neo4j-admin import: ${error.message}`)),
    );
    child.once("exit", (code, signal) => {
      const tail = lines.filter((l) => !/^[-.]*\s*[.]{10}/.test(l.trim())).slice(-12);
      if (code === 0) {
        log(
          `neo4j-admin import: ${tail.filter((l) => /IMPORT DONE|nodes|relationships/.test(l)).join("; ")}`,
        );
        resolve({ ms: performance.now() - started, summary: tail });
      } else
        reject(
          new Error(
            `loader: neo4j-admin database import full failed (${signal ?? `exit ${code}`}); the live graph was not touched. Its last lines:\n${tail.join("\n")}`,
          ),
        );
    });
  });
}
