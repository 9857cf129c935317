// Starts and stops the bundled Neo4j (neo4j/target launcher) for the e2e suite, in a given data directory.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TARGET = join(import.meta.dirname, "..", "..", "neo4j", "target");

export interface Neo4jProcess {
  uri: string;
  password: string;
  stop(): Promise<void>;
}

/** Starts Neo4j on 127.0.0.1:`port` with its data in `dataDir`; resolves once Bolt answers. */
export async function startNeo4j(port: number, dataDir: string): Promise<Neo4jProcess> {
  const jar = join(TARGET, "launcher.jar");
  if (!existsSync(jar)) throw new Error(`e2e: ${jar} is missing; build it with \`mvn -q -f neo4j/pom.xml package\` first.`);
  const child = spawn(
    "java",
    [
      "--add-opens", "java.base/java.nio=ALL-UNNAMED",
      "--add-opens", "java.base/java.io=ALL-UNNAMED",
      "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "-cp", `${jar}:${join(TARGET, "lib", "*")}`,
      "org.ningbograph.Launcher", "--port", String(port), "--data", dataDir,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await waitForReady(child, port);
  const password = readFileSync(join(dataDir, "password"), "utf8").trim();
  return { uri: `bolt://127.0.0.1:${port}`, password, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function waitForReady(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("READY")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (err) => reject(new Error(`e2e: could not start java for Neo4j (is Java 17+ installed?): ${err.message}`)));
    child.once("exit", (code) => reject(new Error(`e2e: Neo4j on port ${port} exited with ${code} before it was ready:\n${output.slice(-2000)}`)));
  });
}
