// Issue 16 (HTTP) and 15 item 3 (hubs stay cheap): compression, ETags that a reload changes, CORS only
// for CORS_ORIGIN, the path cap, and graph answers that carry each edge's first piece of evidence
// while /api/evidence gives the rest.
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EdgeEvidenceResponse, PathsResponse, Subgraph } from "../../src/model/api.js";
import { createQueryRunner } from "../../src/db/queries.js";
import { loadDataDirectory } from "../../src/db/loader.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG, type ServerConfig } from "../../src/server/config.js";
import { useTestNeo4j } from "./helpers.js";

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));
const neo = useTestNeo4j();
let app: FastifyInstance;

const build = (config: Partial<ServerConfig> = {}) =>
  buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000, ...config },
    logger: false,
  });

beforeAll(async () => {
  app = await build();
});
afterAll(async () => {
  await app?.close();
});

describe("compression", () => {
  it.each([
    ["br", brotliDecompressSync],
    ["gzip", gunzipSync],
  ] as const)("sends %s when asked, and the same answer", async (encoding, decompress) => {
    const plain = await app.inject("/api/graph");
    const packed = await app.inject({ url: "/api/graph", headers: { "accept-encoding": encoding } });
    expect(packed.headers["content-encoding"]).toBe(encoding);
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(decompress(packed.rawPayload).toString())).toEqual(plain.json());
  });
});

describe("caching", () => {
  const urls = ["/api/stats", "/api/graph?limit=20", "/api/entities/ningbo"];

  it("gives each answer an ETag a browser revalidates, 304 when it still matches", async () => {
    const tags = new Set<string>();
    for (const url of urls) {
      const first = await app.inject(url);
      expect(first.headers["cache-control"]).toBe("no-cache");
      const etag = String(first.headers.etag);
      tags.add(etag);
      const again = await app.inject({ url, headers: { "if-none-match": etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
      const other = await app.inject({ url, headers: { "if-none-match": 'W/"something-else"' } });
      expect(other.statusCode).toBe(200);
    }
    expect(tags.size).toBe(urls.length);
    // Errors and health are never stored.
    expect((await app.inject("/api/entities/no-such-entity")).headers["cache-control"]).toBe("no-store");
    expect((await app.inject("/api/health")).headers.etag).toBeUndefined();
  });

  it("changes every ETag when the data is reloaded", async () => {
    const before = await Promise.all(urls.map(async (url) => String((await app.inject(url)).headers.etag)));
    await loadDataDirectory(neo.driver, DATA_DIR, { database: neo.database });
    for (const [i, url] of urls.entries()) {
      const after = await app.inject({ url, headers: { "if-none-match": before[i]! } });
      expect(after.statusCode, url).toBe(200);
      expect(after.headers.etag).not.toBe(before[i]);
    }
  });
});

describe("CORS", () => {
  it("sends no CORS header at all without CORS_ORIGIN, and refuses preflights", async () => {
    const res = await app.inject({ url: "/api/stats", headers: { origin: "https://elsewhere.example" } });
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await app.inject({
      method: "OPTIONS",
      url: "/api/stats",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" },
    });
    expect(preflight.statusCode).toBe(405);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows exactly CORS_ORIGIN, for GET and HEAD", async () => {
    const open = await build({ corsOrigin: "https://partner.example" });
    try {
      const ok = await open.inject({ url: "/api/stats", headers: { origin: "https://partner.example" } });
      expect(ok.headers["access-control-allow-origin"]).toBe("https://partner.example");
      expect(String(ok.headers.vary)).toMatch(/Origin/);
      const other = await open.inject({
        url: "/api/stats",
        headers: { origin: "https://elsewhere.example" },
      });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
      const preflight = await open.inject({
        method: "OPTIONS",
        url: "/api/stats",
        headers: { origin: "https://partner.example", "access-control-request-method": "GET" },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD");
    } finally {
      await open.close();
    }
  });
});

describe("paths", () => {
  // The real data's pair with the most shortest paths (19, every parallel relation a separate path).
  const from = "sci-tech-winter-olympics";
  const to = "tech-demand-achievement-matchmaking-fair-2022-13";

  it("lists every shortest path when there are up to 20", async () => {
    const { paths } = (
      await app.inject(`/api/paths?from=${from}&to=${to}&maxLength=6`)
    ).json<PathsResponse>();
    expect(paths).toHaveLength(19);
    expect(new Set(paths.map((p) => p.edges.map((e) => e.id).join(","))).size).toBe(19);
  });

  it("cuts the list at the path cap the route passes to the query", async () => {
    const runner = createQueryRunner(neo.driver, { database: neo.database, timeoutMs: 60_000 });
    const rows = await runner.run("paths", { from, to, types: [], relTypes: [], pathLimit: 7 });
    expect(rows).toHaveLength(7);
  });
});

describe("hubs stay cheap", () => {
  it("a hub's depth-2 neighbourhood carries one piece of evidence per edge and the count", async () => {
    const res = await app.inject("/api/neighbourhood?id=ningbo&depth=2&limit=500");
    const hub = res.json<Subgraph>();
    expect(hub.nodes.length).toBeGreaterThan(150);
    for (const edge of hub.edges) {
      expect(edge.evidence).toHaveLength(1);
      expect(edge.evidenceCount).toBeGreaterThanOrEqual(1);
      expect(edge.evidence[0]).not.toHaveProperty("doc_title");
    }
    const many = hub.edges.filter((e) => e.evidenceCount > 1);
    expect(many.length).toBeGreaterThan(5);

    // The rest on demand: all of it, the first piece the same one.
    let fullBytes = 0;
    for (const edge of hub.edges) {
      const url = `/api/evidence?source=${edge.source}&type=${edge.type}&target=${edge.target}`;
      const { edge: full } = (await app.inject(url)).json<EdgeEvidenceResponse>();
      expect(full.evidence).toHaveLength(edge.evidenceCount);
      expect(full.evidence[0]).toMatchObject(edge.evidence[0]!);
      fullBytes += Buffer.byteLength(JSON.stringify(full.evidence));
    }
    const firstBytes = hub.edges.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e.evidence)), 0);
    expect(firstBytes).toBeLessThan(fullBytes * 0.75);
  });
});
