// `npm run export:site -- --out DIR`: a static explorer that needs no database: the app built as classic
// scripts, plus snapshot.js (and snapshot.json) with the whole graph and documents, taken through the API.
// It only reads the database it is pointed at; `--load` first (re)loads data/ into it.
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readNeo4jConfig } from "../db/config.js";
import { connectNeo4j } from "../db/driver.js";
import { loadDataDirectory } from "../db/loader.js";
import { buildApp } from "../server/app.js";
import { readServerConfig } from "../server/config.js";
import { buildOfflineApp } from "./export-site/bundle.js";
import { snapshotScript, takeSnapshot } from "./export-site/snapshot.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const USAGE = "usage: npm run export:site -- --out DIR [--load]";

function parseArgs(argv: string[]): { out: string; load: boolean } {
  let out: string | undefined;
  let load = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--out") out = argv[++i];
    else if (arg?.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg === "--load") load = true;
    // The old default was to load; --no-load is now what happens anyway.
    else if (arg === "--no-load") load = false;
    else throw new Error(`export-site: unknown argument "${arg}"; ${USAGE}`);
  }
  if (!out) throw new Error(`export-site: --out DIR is required; ${USAGE}`);
  return { out: isAbsolute(out) ? out : resolve(process.cwd(), out), load };
}

async function main(): Promise<void> {
  const { out, load } = parseArgs(process.argv.slice(2));
  const connection = await connectNeo4j(readNeo4jConfig(process.env));
  try {
    if (load)
      await loadDataDirectory(connection.driver, join(ROOT, "data"), { database: connection.database });
    const app = await buildApp({
      driver: connection.driver,
      database: connection.database,
      // The server's own settings (GRAPH_OVERVIEW_LIMIT sets the opening view the bundle keeps).
      config: { ...readServerConfig(process.env), queryTimeoutMs: 60_000 },
      logger: false,
    });
    const snapshot = await takeSnapshot(app).finally(() => app.close());
    await mkdir(out, { recursive: true });
    await buildOfflineApp(ROOT, out);
    await writeFile(join(out, "snapshot.js"), snapshotScript(snapshot));
    await writeFile(join(out, "snapshot.json"), JSON.stringify(snapshot));
    console.log(
      `export-site: wrote ${out} (${snapshot.nodes.length} entities, ${snapshot.edges.length} relations, ${snapshot.documents.length} documents, data ${snapshot.stats.dataVersion}). Open index.html, or serve the folder.`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
