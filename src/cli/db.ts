// `npm run db:build|db:start|db:stop|db:status`: the bundled Neo4j by hand. build compiles the launcher with
// Maven (once; again only when neo4j/ changes). start runs in the foreground until Ctrl-C;
// stop and status find an instance started from another shell through the pid file in its data directory.
import path from "node:path";
import { ensureLauncherBuilt, findRunningBundled, startBundledNeo4j, stopByPidFile } from "../db/bundled.js";
import { readNeo4jConfig, type Neo4jConfig } from "../db/config.js";

const USAGE =
  "usage: tsx src/cli/db.ts build|start|stop|status (NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_PASSWORD apply)";

async function start(config: Neo4jConfig): Promise<void> {
  if (config.uri)
    console.log(
      `db: NEO4J_URI is set (${config.uri}); it is ignored here, this manages the bundled Neo4j only.`,
    );
  const running = await findRunningBundled(config.dataDir);
  if (running) {
    console.error(
      `db: a bundled Neo4j is already running on ${running.dataDir} at ${running.uri} (pid ${running.pid}); npm start will use it, npm run db:stop stops it.`,
    );
    process.exitCode = 1;
    return;
  }
  const began = Date.now();
  const neo = await startBundledNeo4j({
    port: config.boltPort,
    dataDir: config.dataDir,
    password: config.password,
    log: (line) => console.error(line),
  });
  console.log(
    `db: Neo4j is up at ${neo.uri} in ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${neo.pid})`,
  );
  console.log(
    `db: user neo4j, password ${config.password ? "from NEO4J_PASSWORD" : `in ${path.join(neo.dataDir, "password")}`}; data in ${neo.dataDir}`,
  );
  console.log("db: Ctrl-C (or npm run db:stop from another shell) stops it.");
  // `on`, not `once`: Ctrl-C reaches us twice (from the terminal and relayed by tsx/npm), and a second
  // unhandled SIGINT would kill Node before Neo4j has stopped.
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\ndb: ${signal}, stopping Neo4j...`);
    void neo.stop();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  // Also ends when another shell runs db:stop, or the JVM dies.
  await neo.exited;
  console.log("db: stopped");
}

async function stop(config: Neo4jConfig): Promise<void> {
  const stopped = await stopByPidFile(config.dataDir);
  console.log(
    stopped
      ? `db: stopped the bundled Neo4j at ${stopped.uri} (pid ${stopped.pid})`
      : `db: no bundled Neo4j is running on ${path.resolve(config.dataDir)}`,
  );
}

async function status(config: Neo4jConfig): Promise<void> {
  const running = await findRunningBundled(config.dataDir);
  if (running) {
    console.log(`db: running at ${running.uri} (pid ${running.pid}, data in ${running.dataDir})`);
  } else {
    console.log(`db: not running (data dir ${path.resolve(config.dataDir)})`);
    process.exitCode = 3; // LSB "program is not running", so scripts can test it
  }
}

async function build(): Promise<void> {
  await ensureLauncherBuilt();
  console.log("db: the bundled Neo4j launcher is built (neo4j/target).");
}

const commands = { build, start, stop, status } as const;
const name = process.argv[2];
if (name === undefined || !Object.hasOwn(commands, name)) {
  console.error(`db: ${name === undefined ? "no command given" : `unknown command "${name}"`}; ${USAGE}`);
  process.exit(2);
}
try {
  await commands[name as keyof typeof commands](readNeo4jConfig(process.env));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
