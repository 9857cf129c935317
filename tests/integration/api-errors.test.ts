// Bad input, hostile input and the database's own guard rails: every bad parameter is a 400 naming it,
// unknown ids are 404, injection-shaped text is plain text, writes fail, slow queries are stopped.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllGenerations, graphChecksum } from "../../src/db/load/checksum.js";
import { createQueryRunner, QueryError } from "../../src/db/queries.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { useTestNeo4j } from "./helpers.js";

const INJECTION = [
  "') RETURN 1 //",
  "}{",
  "x' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n //',
  "*:*",
  "AND OR NOT",
  "\\",
  "$id",
];
const LONG = "甬".repeat(10_000);
/** One character over the 200 that search accepts: short enough to pass the URL-length limit. */
const TOO_LONG_QUERY = "甬".repeat(201);

const neo = useTestNeo4j();
let app: FastifyInstance;
let password: string;
let uri: string;

const get = (url: string) => app.inject({ method: "GET", url });

beforeAll(async () => {
  ({ password, uri } = neo.connection);
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: DEFAULT_SERVER_CONFIG,
    logger: false,
  });
});

afterAll(async () => {
  await app?.close();
});

describe("400 names the bad parameter", () => {
  const cases: [string, string][] = [
    ["/api/search", "q"],
    ["/api/search?q=", "q"],
    ["/api/search?q=%20%20", "q"],
    [`/api/search?q=${encodeURIComponent(TOO_LONG_QUERY)}`, "q"],
    ["/api/search?q=a&q=b", "q"],
    ["/api/search?q=a&limit=0", "limit"],
    ["/api/search?q=a&limit=51", "limit"],
    ["/api/search?q=a&limit=abc", "limit"],
    ["/api/search?q=a&limit=1.5", "limit"],
    ["/api/neighbourhood", "id"],
    ["/api/neighbourhood?id=x&depth=0", "depth"],
    ["/api/neighbourhood?id=x&depth=4", "depth"],
    ["/api/neighbourhood?id=x&types=Fund,Foo", "types"],
    ["/api/neighbourhood?id=x&types=" + encodeURIComponent("Fund) DETACH DELETE n //"), "types"],
    ["/api/neighbourhood?id=x&relTypes=MENTIONS", "relTypes"],
    ["/api/neighbourhood?id=x&limit=501", "limit"],
    ["/api/paths?to=x", "from"],
    ["/api/paths?from=x", "to"],
    ["/api/paths?from=x&to=y&maxLength=7", "maxLength"],
    ["/api/paths?from=x&to=y&relTypes=invested_in", "relTypes"],
    ["/api/funds/x/trace?direction=sideways", "direction"],
    ["/api/funds/x/trace?depth=5", "depth"],
    ["/api/graph?limit=0", "limit"],
    ["/api/graph?limit=-1", "limit"],
  ];
  it.each(cases)("%s -> 400 %s", async (url, param) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ param });
    expect(res.json().error).toContain(param);
  });
});

describe("404 for unknown ids", () => {
  it.each([
    ["/api/entities/no-such-entity", "id"],
    ["/api/neighbourhood?id=no-such-entity", "id"],
    ["/api/paths?from=no-such-entity&to=other", "from"],
    ["/api/funds/no-such-fund/trace", "id"],
    ["/api/documents/no-such-document", "id"],
  ])("%s", async (url, param) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ param });
  });
});

describe("injection-shaped input is plain text", () => {
  let before: {
    graph: Awaited<ReturnType<typeof graphChecksum>>;
    all: Awaited<ReturnType<typeof countAllGenerations>>;
  };
  beforeAll(async () => {
    before = {
      graph: await graphChecksum(neo.driver, neo.database),
      all: await countAllGenerations(neo.driver, neo.database),
    };
  });

  it.each(INJECTION)("%s", async (text) => {
    const q = encodeURIComponent(text);
    const search = await get(`/api/search?q=${q}`);
    expect(search.statusCode).toBe(200);
    expect(search.json()).toHaveProperty("results");
    for (const url of [
      `/api/entities/${q}`,
      `/api/neighbourhood?id=${q}`,
      `/api/paths?from=${q}&to=${q}`,
      `/api/documents/${q}`,
      `/api/funds/${q}/trace`,
    ]) {
      const res = await get(url);
      expect([400, 404], url).toContain(res.statusCode);
    }
  });

  it("refuses a URL over the length limit with 414 and a message", async () => {
    const res = await get(`/api/search?q=${encodeURIComponent(LONG)}`);
    expect(res.statusCode).toBe(414);
    expect(res.json().error).toMatch(/URL/i);
  });

  it("treats a 10,000-character id as a bad or unknown id, never a 500", async () => {
    for (const url of [
      `/api/entities/${encodeURIComponent(LONG)}`,
      `/api/neighbourhood?id=${encodeURIComponent(LONG)}`,
    ]) {
      expect([400, 404, 414]).toContain((await get(url)).statusCode);
    }
  });

  it("leaves the graph as it was: the same checksum and the same nodes in every generation", async () => {
    expect(before.graph.nodes).toBeGreaterThan(0);
    expect(await graphChecksum(neo.driver, neo.database)).toEqual(before.graph);
    expect(await countAllGenerations(neo.driver, neo.database)).toEqual(before.all);
    expect((await get("/api/health")).json()).toEqual({ status: "ok", neo4j: "up" });
  });
});

describe("security", () => {
  it("sets the security headers on answers and errors", async () => {
    for (const url of ["/api/health", "/api/search", "/api/nothing-here", "/"]) {
      const res = await get(url);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(String(res.headers["content-security-policy"])).toMatch(
        /default-src 'self'.*worker-src 'self' blob:/,
      );
      expect(String(res.headers["content-security-policy"])).not.toMatch(/script-src[^;]*unsafe/);
    }
  });

  it("never puts credentials or the database address in a response", async () => {
    for (const url of [
      "/api/health",
      "/api/stats",
      "/api/openapi.json",
      "/api/search?q=%27)",
      "/api/entities/x",
      "/api/graph",
    ]) {
      const body = (await get(url)).body;
      expect(body).not.toContain(password);
      expect(body).not.toContain(uri);
      expect(body).not.toMatch(/NEO4J_/);
    }
  });
});

describe("the query runner", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nig-cypher-"));
    writeFileSync(
      join(dir, "attempt-write.cypher"),
      "MATCH (state:LoadState {id: 'current'}) CREATE (x:Intruder {gen: state.gen}) RETURN x",
    );
    writeFileSync(
      join(dir, "count-intruders.cypher"),
      "MATCH (state:LoadState {id: 'current'}) OPTIONAL MATCH (x:Intruder) RETURN count(x) AS n, state.gen AS gen",
    );
    writeFileSync(
      join(dir, "slow.cypher"),
      "MATCH (state:LoadState {id: 'current'}) UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses writes: every query runs in a read transaction", async () => {
    const runner = createQueryRunner(neo.driver, { database: neo.database, timeoutMs: 5000, cypherDir: dir });
    await expect(runner.run("attempt-write")).rejects.toThrow();
    const [row] = await runner.run("count-intruders");
    expect(row).toMatchObject({ n: 0 });
    expect(typeof row?.gen).toBe("number");
  });

  it("stops a query past its timeout with a 504", async () => {
    const runner = createQueryRunner(neo.driver, { database: neo.database, timeoutMs: 300, cypherDir: dir });
    const error = await runner.run("slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ status: 504 });
  });

  it("refuses an unknown query name with a message that says where to add it", async () => {
    const runner = createQueryRunner(neo.driver, { database: neo.database, timeoutMs: 1000, cypherDir: dir });
    await expect(runner.run("no-such-query")).rejects.toThrow(/cypher\/no-such-query\.cypher/);
  });
});
