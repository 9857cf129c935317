// `npm start`: connects to Neo4j (bundled unless NEO4J_URI is set), loads data/, builds the explorer
// when dist/ is missing or stale, and serves it with the API until Ctrl-C or SIGTERM.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../data/issues.js";
import { readNeo4jConfig } from "../db/config.js";
import { connectNeo4j } from "../db/driver.js";
import { DataValidationError, loadDataDirectory } from "../db/loader.js";
import { buildApp } from "../server/app.js";
import { readServerConfig, ServerConfigError } from "../server/config.js";
import { startLogger } from "../server/log.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const DATA = join(ROOT, "data");
/** What the built explorer is made from; newer files here mean dist/ is stale. */
const WEB_SOURCES = [join(ROOT, "src", "web"), join(ROOT, "src", "model"), join(ROOT, "vite.config.ts")];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds src/web into dist/ with Vite's JS API when dist/ is missing or older than its sources. */
async function ensureWebBuild(): Promise<void> {
  const index = join(DIST, "index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > 0 && built >= Math.max(...WEB_SOURCES.map(newestMtime))) return;
  console.log(
    built === 0
      ? "Building the explorer (dist/ is missing)..."
      : "Rebuilding the explorer (src/web changed)...",
  );
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
}

async function main(): Promise<void> {
  const serverConfig = readServerConfig(process.env);
  const connection = await connectNeo4j(readNeo4jConfig(process.env));
  let closing: Promise<void> | undefined;
  const closeDatabase = () => (closing ??= connection.close());

  try {
    const report = await loadDataDirectory(connection.driver, DATA, {
      database: connection.database,
      log: (line) => console.log(`load: ${line}`),
    });
    for (const warning of report.warnings)
      console.log(formatIssue({ ...warning, file: `data/${warning.file}` }));
    console.log(
      `Loaded data/: ${report.counts.entities} entities, ${report.counts.relations} relationships, ${report.counts.documents} documents.`,
    );
    await ensureWebBuild();
  } catch (error) {
    await closeDatabase();
    if (error instanceof DataValidationError) {
      for (const issue of error.issues) console.error(formatIssue({ ...issue, file: `data/${issue.file}` }));
      throw new Error(
        "start: data/ has errors (listed above); fix them, or run npm run validate, then npm start again.",
        { cause: error },
      );
    }
    throw error;
  }

  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp({
      driver: connection.driver,
      database: connection.database,
      config: serverConfig,
      staticDir: DIST,
      logger: startLogger(serverConfig),
    });
    await app.listen({ host: serverConfig.host, port: serverConfig.port });
  } catch (error) {
    await closeDatabase();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `start: port ${serverConfig.port} on ${serverConfig.host} is in use; set PORT to a free port (e.g. PORT=8081 npm start).`,
        { cause: error },
      );
    }
    throw error;
  }
  const shownHost = serverConfig.host.includes(":") ? `[${serverConfig.host}]` : serverConfig.host;
  const logNote =
    serverConfig.logFile !== ""
      ? `; log (${serverConfig.logLevel}) in ${serverConfig.logFile}`
      : serverConfig.logLevel === "warn"
        ? "; problems are logged here (LOG_LEVEL=info logs every request)"
        : `; logging at ${serverConfig.logLevel}`;
  console.log(
    `Ningbo Innovation Graph is running at http://${shownHost}:${serverConfig.port} (Ctrl-C stops it)${logNote}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server and Neo4j...`);
    try {
      await app.close();
      await closeDatabase();
      process.exit(0);
    } catch (error) {
      console.error(`start: clean shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof ServerConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
