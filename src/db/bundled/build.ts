// Builds neo4j/ with Maven once, and again only when pom.xml or anything under neo4j/src changes.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkMaven } from "./prereqs.js";
import {
  LAUNCHER_DIR,
  LAUNCHER_JAR,
  LAUNCHER_LIB,
  LAUNCHER_POM,
  LAUNCHER_SRC,
  LAUNCHER_TARGET,
} from "./paths.js";

const STAMP = path.join(LAUNCHER_TARGET, ".build-stamp");
const LOCK = path.join(LAUNCHER_TARGET, ".build-lock");
/** A lock older than this belongs to a build that died; a cold build (download included) takes ~1 min. */
const STALE_LOCK_MS = 15 * 60_000;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat().sort();
}

/** Hash of every input of the build, by relative path and content. */
async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [LAUNCHER_POM, ...(await listFiles(LAUNCHER_SRC))]) {
    hash
      .update(path.relative(LAUNCHER_DIR, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

async function isUpToDate(hash: string): Promise<boolean> {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB)) return false;
  return (await readFile(STAMP, "utf8").catch(() => "")).trim() === hash;
}

function runMaven(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", ["-B", "-q", "-f", LAUNCHER_POM, "package"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `bundled Neo4j: 'mvn -q -f neo4j/pom.xml package' failed (exit ${code}):\n${output.trim().slice(-4000)}`,
            ),
          ),
    );
  });
}

/** Takes a directory lock so two processes (tests, a CLI) never run Maven into the same target/ at once. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(LAUNCHER_TARGET, { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age =
        Date.now() -
        (await stat(LOCK)
          .then((s) => s.mtimeMs)
          .catch(() => Date.now()));
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/**
 * Makes sure neo4j/target/launcher.jar and neo4j/target/lib/ match the current sources.
 * The first build downloads ~150 MB from Maven Central into ~/.m2; later ones take seconds or nothing.
 * @param log receives one line when a build actually runs.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<void> {
  const hash = await sourceHash();
  if (await isUpToDate(hash)) return;
  await withBuildLock(async () => {
    if (await isUpToDate(hash)) return; // another process built it while we waited
    checkMaven();
    log("bundled Neo4j: building neo4j/ with Maven (the first build downloads ~150 MB)...");
    await runMaven();
    await writeFile(STAMP, hash + "\n");
  });
}
