// The database the loader tests write to: the one named by NEO4J_URI (the integration global set-up
// provides it), or else a bundled Neo4j of our own on port 7712 in a temp directory, stopped after.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";

export interface LoaderTestDatabase {
  driver: Driver;
  database?: string;
  /** The NEO4J_* variables a child process needs to reach the same database. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const OWN_PORT = 7712;

export async function openLoaderTestDatabase(): Promise<LoaderTestDatabase> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const env = { NEO4J_URI: uri, NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? "neo4j", NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? "" };
    if (process.env.NEO4J_DATABASE) Object.assign(env, { NEO4J_DATABASE: process.env.NEO4J_DATABASE });
    const driver = neo4j.driver(uri, neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD));
    return { driver, database: process.env.NEO4J_DATABASE, env, stop: () => driver.close() };
  }
  const home = mkdtempSync(join(tmpdir(), "nig-loader-neo4j-"));
  const root = join(import.meta.dirname, "..", "..", "neo4j", "target");
  const child = spawn("java", [
    "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
    "-cp", `${join(root, "launcher.jar")}:${join(root, "lib", "*")}`, "org.ningbograph.Launcher", "--port", String(OWN_PORT), "--data", join(home, "data"),
  ], { stdio: ["ignore", "pipe", "pipe"] });
  await waitForReady(child);
  const password = readFileSync(join(home, "data", "password"), "utf8").trim();
  const env = { NEO4J_URI: `bolt://127.0.0.1:${OWN_PORT}`, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: password };
  const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic("neo4j", password));
  return {
    driver,
    env,
    stop: async () => {
      await driver.close();
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes("READY")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`loader tests: bundled Neo4j exited with ${code} before it was ready:\n${output}`)));
  });
}
