// Search ranks like a person expects (issue 13, item 8): a whole-name or whole-word match first, then
// the name the query covers most, ties by degree. The API (cypher/search.cypher on the real Neo4j) and
// the offline snapshot search (src/web/source/snapshot/search.ts) rank the same way, by the one rule
// in src/model/search-rank.ts.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResult, Subgraph } from "../../src/model/api.js";
import { SEARCH_SCORES } from "../../src/model/search-rank.js";
import { takeSnapshot } from "../../src/cli/export-site/snapshot.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import type { GraphSource } from "../../src/web/source/GraphSource.js";
import { SnapshotGraphSource } from "../../src/web/source/SnapshotGraphSource.js";
import { useTestNeo4j } from "./helpers.js";

const neo = useTestNeo4j();
let app: FastifyInstance;
let offline: GraphSource;
const degree = new Map<string, number>();

async function apiSearch(q: string): Promise<SearchResult[]> {
  const res = await app.inject({ url: `/api/search?limit=50&q=${encodeURIComponent(q)}` });
  expect(res.statusCode, res.body).toBe(200);
  // Only the substring ranking; the fuzzy (Lucene) top-up scores below every substring hit.
  return (res.json() as { results: SearchResult[] }).results.filter(
    (r) => r.score >= SEARCH_SCORES.aliasContains,
  );
}

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000 },
    logger: false,
  });
  const whole = (await app.inject({ url: "/api/graph" })).json() as Subgraph;
  for (const n of whole.nodes) degree.set(n.id, n.degree);
  offline = new SnapshotGraphSource(JSON.parse(JSON.stringify(await takeSnapshot(app))));
});
afterAll(async () => {
  await app?.close();
});

const ids = (rs: SearchResult[]) => rs.map((r) => r.id);

describe("search ranking", () => {
  it('"Yongjiang" finds 甬江实验室 first: its whole name is the word plus "Laboratory"', async () => {
    const rs = await apiSearch("Yongjiang");
    // 甬江科创区 has more links (7 against 3), so a ranking by degree alone would put it first.
    expect(degree.get("yongjiang-sci-tech-innovation-zone")).toBeGreaterThan(
      degree.get("yongjiang-lab") ?? 0,
    );
    expect(ids(rs).slice(0, 2)).toEqual(["yongjiang-lab", "yongjiang-sci-tech-innovation-zone"]);
    expect(ids(rs).indexOf("yongjiang-lab-materials-testing-center")).toBeGreaterThan(1);
  });

  it('a whole-name match ranks first: "Ningbo" → 宁波市, "Horizon Robotics" → 地平线', async () => {
    expect((await apiSearch("Ningbo"))[0]?.id).toBe("ningbo");
    expect((await apiSearch("Horizon Robotics"))[0]?.id).toBe("horizon-robotics");
  });

  it("an equal match breaks its tie by degree: 甬江 → 甬江科创区 (7 links) before 甬江实验室 (3)", async () => {
    const rs = await apiSearch("甬江");
    expect(rs.slice(0, 2).map((r) => [r.id, r.score])).toEqual([
      ["yongjiang-sci-tech-innovation-zone", SEARCH_SCORES.zhPrefix],
      ["yongjiang-lab", SEARCH_SCORES.zhPrefix],
    ]);
  });

  const queries = [
    "Yongjiang",
    "甬江",
    "Ningbo",
    "宁波",
    "fund",
    "基金",
    "Horizon",
    "hi",
    "nb",
    "Lab",
    "zone",
  ];

  it.each(queries)("%s: ordered by score, then the uncovered part of the name, then degree", async (q) => {
    const rs = await apiSearch(q);
    expect(rs.length, q).toBeGreaterThan(0);
    const key = (r: SearchResult) => [
      -r.score,
      Math.max(0, (r.matched ?? "").length - q.length),
      -(degree.get(r.id) ?? 0),
    ];
    for (let i = 1; i < rs.length; i++) {
      const [a, b] = [key(rs[i - 1] as SearchResult), key(rs[i] as SearchResult)];
      const cmp = a.findIndex((x, k) => x !== b[k]);
      expect(cmp === -1 || (a[cmp] ?? 0) < (b[cmp] ?? 0), `${q}: ${rs[i - 1]?.id} before ${rs[i]?.id}`).toBe(
        true,
      );
    }
  });

  it.each(queries)("%s: the offline snapshot ranks exactly as the API", async (q) => {
    const offlineHits = (await offline.search(q, 50)).map((r) => [r.id, r.score, r.matched]);
    expect(offlineHits).toEqual((await apiSearch(q)).map((r) => [r.id, r.score, r.matched]));
  });
});
