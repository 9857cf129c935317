// While Neo4j is away the API answers 503 (health: degraded), and it recovers by itself when the
// database returns, without rebuilding the app. Uses its own bundled Neo4j so the shared one stays up.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { useOwnNeo4j } from "./helpers.js";

/** Inside this suite's port range (7721-7729), apart from the other API tests. */
const neo = useOwnNeo4j({ port: 7723, load: "tests/fixtures/valid-small" });
let app: FastifyInstance;

const get = (url: string) => app.inject({ method: "GET", url });

/** The answer of `request`, or a failure naming `what` if none comes before the deadline. */
async function withDeadline<T>(request: Promise<T>, deadlineMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`api-outage: ${what} got no answer within ${deadlineMs} ms`)),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`api-outage: condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 3000 },
    logger: false,
  });
});

afterAll(async () => {
  await app?.close();
});

it("answers 503 while the database is away (each answer within a 20 s deadline) and recovers when it returns", async () => {
  expect((await get("/api/health")).json()).toEqual({ status: "ok", neo4j: "up" });
  // A cold store on a busy machine can pass the 3 s query timeout (504) before it is warm.
  await eventually(async () => (await get("/api/search?q=甬江")).statusCode === 200, 60_000);

  await neo.stop();

  const health = await withDeadline(get("/api/health"), 20_000, "health while down");
  expect(health.statusCode).toBe(503);
  expect(health.json()).toEqual({ status: "degraded", neo4j: "down" });
  const search = await withDeadline(get("/api/search?q=甬江"), 20_000, "search while down");
  expect(search.statusCode).toBe(503);
  expect(search.json()).toMatchObject({ neo4j: "down", error: expect.any(String) });
  expect(
    (await withDeadline(get("/api/entities/yongjiang-lab"), 20_000, "entity while down")).statusCode,
  ).toBe(503);

  await neo.start();
  await eventually(async () => (await get("/api/health")).statusCode === 200, 30_000);
  // The store is cold again after the restart: wait (with a deadline) until search answers, as a user would.
  await eventually(async () => (await get("/api/search?q=甬江")).statusCode === 200, 60_000);
  const again = await get("/api/search?q=甬江");
  expect(again.statusCode).toBe(200);
  expect(again.json().results[0]).toMatchObject({ id: "yongjiang-lab" });
  expect((await get("/api/entities/yongjiang-lab")).statusCode).toBe(200);
});
