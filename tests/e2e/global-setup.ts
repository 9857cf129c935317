// e2e global set-up: a bundled Neo4j in a temp dir loaded with data/, the explorer built with Vite,
// the API server (buildApp) on a free port, and a small control endpoint so a test can stop and
// restart the database. The overview is capped (E2E_OVERVIEW_LIMIT, default 80 nodes) so that
// expanding and selecting really bring new nodes in, as they do on a large graph.
// Teardown always stops everything and removes the temp directory.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/db/driver.js";
import type { TestProject } from "vitest/node";
import { loadDataDirectory } from "../../src/db/loader.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { findFreePort, startBundledNeo4j, type BundledNeo4j } from "../../src/db/bundled.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** POST {controlUrl}/stop or /start stops or restarts the database behind the app. */
    controlUrl: string;
    /** The built explorer the server serves (for scans of the bundle). */
    distDir: string;
    /** What the browser must never see: the bundled Neo4j's password and Bolt address. */
    neo4jSecrets: { password: string; uri: string; hostPort: string };
  }
}

const ROOT = join(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = mkdtempSync(join(tmpdir(), "nig-e2e-"));
  const dataDir = join(home, "neo4j");
  const boltPort = Number(process.env.E2E_BOLT_PORT) || (await findFreePort());
  let db: BundledNeo4j | null = null;
  let driver: Driver | null = null;
  let control: Server | null = null;
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  const teardown = async () => {
    control?.close();
    await app?.close().catch(() => {});
    await driver?.close().catch(() => {});
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    db = await startBundledNeo4j({ port: boltPort, dataDir });
    driver = createDriver(db);
    await loadDataDirectory(driver, process.env.E2E_DATA_DIR ?? join(ROOT, "data"));

    const outDir = join(home, "dist");
    const { build } = await import("vite");
    await build({
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });

    const port = Number(process.env.E2E_HTTP_PORT) || (await findFreePort());
    app = await buildApp({
      driver,
      config: {
        ...DEFAULT_SERVER_CONFIG,
        port,
        graphOverviewLimit: Number(process.env.E2E_OVERVIEW_LIMIT) || 80,
      },
      staticDir: outDir,
      logger: false,
    });
    await app.listen({ host: "127.0.0.1", port });
    project.provide("baseUrl", `http://127.0.0.1:${port}/`);
    project.provide("distDir", outDir);
    project.provide("neo4jSecrets", {
      password: db.password,
      uri: db.uri,
      hostPort: new URL(db.uri).host,
    });

    control = createServer((req, res) => {
      const act =
        req.url === "/stop"
          ? async () => {
              await db?.stop();
              db = null;
            }
          : req.url === "/start"
            ? async () => {
                db ??= await startBundledNeo4j({ port: boltPort, dataDir });
              }
            : null;
      if (!act || req.method !== "POST") return void res.writeHead(404).end("POST /stop or /start");
      act().then(
        () => res.writeHead(204).end(),
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
    });
    const controlPort = Number(process.env.E2E_CONTROL_PORT) || (await findFreePort());
    await new Promise<void>((resolve) => control!.listen(controlPort, "127.0.0.1", resolve));
    project.provide("controlUrl", `http://127.0.0.1:${controlPort}`);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
