// While Neo4j is away the API answers 503 (health: degraded), and it recovers by itself when the
// database returns, without rebuilding the app. Uses its own bundled Neo4j so the shared one stays up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startBundledNeo4j } from "../../src/db/bundled.js";
import { createDriver } from "../../src/db/driver.js";
import { loadDataDirectory } from "../../src/db/loader.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";

/** Inside this suite's port range (7721-7729), apart from the other API tests. */
const PORT = 7723;

let dataDir: string;
let neo: Awaited<ReturnType<typeof startBundledNeo4j>> | undefined;
let driver: Driver;
let app: FastifyInstance;

const get = (url: string) => app.inject({ method: "GET", url });

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`api-outage: condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "nig-api-outage-"));
  neo = await startBundledNeo4j({ port: PORT, dataDir });
  driver = createDriver(neo);
  await loadDataDirectory(driver, "tests/fixtures/valid-small", { database: neo.database });
  app = await buildApp({
    driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 3000 },
    logger: false,
  });
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it("answers 503 while the database is away and recovers when it returns", async () => {
  expect((await get("/api/health")).json()).toEqual({ status: "ok", neo4j: "up" });
  expect((await get("/api/search?q=甬江")).statusCode).toBe(200);

  await neo!.stop();
  neo = undefined;

  const health = await get("/api/health");
  expect(health.statusCode).toBe(503);
  expect(health.json()).toEqual({ status: "degraded", neo4j: "down" });
  const started = Date.now();
  const search = await get("/api/search?q=甬江");
  expect(search.statusCode).toBe(503);
  expect(search.json()).toMatchObject({ neo4j: "down", error: expect.any(String) });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect((await get("/api/entities/yongjiang-lab")).statusCode).toBe(503);

  neo = await startBundledNeo4j({ port: PORT, dataDir });
  await eventually(async () => (await get("/api/health")).statusCode === 200, 30_000);
  const again = await get("/api/search?q=甬江");
  expect(again.statusCode).toBe(200);
  expect(again.json().results[0]).toMatchObject({ id: "yongjiang-lab" });
  expect((await get("/api/entities/yongjiang-lab")).statusCode).toBe(200);
});
