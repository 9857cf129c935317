// The read API against the real Neo4j loaded with data/ by the global set-up: every endpoint's shape
// and invariants, checked against facts read from data/*.csv at test time (so they hold as data grows).
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DocumentResponse,
  EntityResponse,
  GraphEdge,
  PathsResponse,
  SearchResult,
  StatsResponse,
  Subgraph,
} from "../../src/model/api.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { useTestNeo4j } from "./helpers.js";

type CsvRow = Record<string, string>;
/** The directory the global set-up loaded (data/; NIG_TEST_DATA_DIR only for running this file against a fixture). */
const DATA_DIR = process.env.NIG_TEST_DATA_DIR ?? "data";
const csv = (file: string): CsvRow[] =>
  parse(readFileSync(join(DATA_DIR, file), "utf8"), { columns: true, skip_empty_lines: true, bom: true });
const entities = csv("entities.csv");
const relations = csv("relations.csv");
const documents = csv("documents.csv");
const hasGraph = relations.length > 0;

const relKey = (r: { source?: string; type?: string; target?: string }) =>
  `${r.source ?? ""}|${r.type ?? ""}|${r.target ?? ""}`;
const degreeInCsv = new Map<string, number>();
for (const key of new Set(relations.map(relKey))) {
  const [source = "", , target = ""] = key.split("|");
  for (const id of new Set([source, target])) degreeInCsv.set(id, (degreeInCsv.get(id) ?? 0) + 1);
}
const hub = [...degreeInCsv.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
const funds = new Set(entities.filter((e) => e.type === "Fund").map((e) => e.id));
const tracedFund =
  relations.find((r) => funds.has(r.source) && ["INVESTED_IN", "FUNDS"].includes(r.type ?? ""))?.source ??
  relations.find((r) => funds.has(r.target) && ["ESTABLISHED", "MANAGES"].includes(r.type ?? ""))?.target;
const notAFund = entities.find((e) => e.type !== "Fund")?.id;

/** Hops from the hub to every entity it reaches, over relations in either direction (as paths reads them). */
const hopsFromHub = new Map<string, number>([[hub, 0]]);
for (let frontier = [hub]; frontier.length > 0;) {
  const next: string[] = [];
  for (const r of relations)
    for (const [a, b] of [
      [r.source!, r.target!],
      [r.target!, r.source!],
    ] as const)
      if (frontier.includes(a) && !hopsFromHub.has(b)) {
        hopsFromHub.set(b, hopsFromHub.get(a)! + 1);
        next.push(b);
      }
  frontier = next;
}
/** An entity three hops from the hub: shorter maxLengths find nothing, longer ones find it. */
const threeHops = [...hopsFromHub].find(([, hops]) => hops === 3)?.[0];
/** A search that matches more entities than the limit the cap test asks for. */
const COMMON_QUERY = "宁波";

const neo = useTestNeo4j();
let app: FastifyInstance;
let staticDir: string;

async function get<T>(url: string): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers };
}

function expectEdgesWithin(subgraph: Subgraph): void {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  expect(ids.size).toBe(subgraph.nodes.length);
  for (const edge of subgraph.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(edge.id).toBe(`${edge.source}|${edge.type}|${edge.target}`);
    expect(edge.evidence.length).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), "nig-api-static-"));
  writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>Ningbo Innovation Graph</title>");
  writeFileSync(join(staticDir, "app.js"), "console.log('app')");
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: DEFAULT_SERVER_CONFIG,
    staticDir,
    logger: false,
  });
});

afterAll(async () => {
  await app?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe("the data these tests read", () => {
  // Every test below needs these; missing data fails here with a name, never a silent skip.
  it("has entities, relations, a hub with several relations, a fund with a trace and a non-fund", () => {
    expect(entities.length, "data/entities.csv is empty").toBeGreaterThan(0);
    expect(hasGraph, "data/relations.csv is empty").toBe(true);
    expect(degreeInCsv.get(hub) ?? 0, "the hub has a single relation").toBeGreaterThan(1);
    expect(tracedFund, "no fund with an INVESTED_IN/FUNDS/ESTABLISHED/MANAGES relation").toBeDefined();
    expect(notAFund, "every entity is a fund").toBeDefined();
    expect(threeHops, "no entity three hops from the hub").toBeDefined();
    expect(entities.filter((e) => e.name_zh?.includes(COMMON_QUERY)).length).toBeGreaterThan(3);
  });
});

describe("health, stats, openapi", () => {
  it("reports the database up", async () => {
    expect(await get("/api/health")).toMatchObject({ status: 200, body: { status: "ok", neo4j: "up" } });
  });

  it("counts what data/ holds", async () => {
    const { status, body } = await get<StatsResponse>("/api/stats");
    expect(status).toBe(200);
    expect(body.entities).toBe(entities.length);
    expect(body.relations).toBe(new Set(relations.map(relKey)).size);
    expect(body.documents).toBe(documents.length);
    expect(Object.values(body.byEntityType).reduce((a, b) => a + b, 0)).toBe(body.entities);
    expect(body.dataVersion).toMatch(/\S/);
    for (const doc of body.byDocument)
      expect(documents.some((d) => d.id === doc.id && d.title === doc.title)).toBe(true);
  });

  it("publishes an OpenAPI 3.1 document with every endpoint", async () => {
    const { body } = await get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const path of [
      "/api/health",
      "/api/search",
      "/api/entities/{id}",
      "/api/neighbourhood",
      "/api/paths",
      "/api/funds/{id}/trace",
      "/api/graph",
      "/api/documents",
      "/api/documents/{id}",
      "/api/stats",
    ]) {
      expect(body.paths).toHaveProperty([path]);
    }
  });
});

describe("search", () => {
  it("finds an entity by its Chinese name, exact match first", async () => {
    const target = entities[0]!;
    const { body } = await get<{ results: SearchResult[] }>(
      `/api/search?q=${encodeURIComponent(target.name_zh!)}`,
    );
    expect(body.results[0]).toMatchObject({ score: 100, name_zh: target.name_zh });
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds it by pinyin, initials and English word prefix", async () => {
    const target = entities.find((e) => /^[A-Za-z]{3}/.test(e.name_en ?? "")) ?? entities[0]!;
    const { body: entity } = await get<EntityResponse>(`/api/entities/${target.id}`);
    const pinyin = entity.entity.pinyin.split(" ")[0]!;
    const initials = entity.entity.pinyin_initials.split(" ")[0]!;
    const englishWord = (target.name_en ?? "").split(/\s+/)[0]!.slice(0, 3).toUpperCase();
    for (const q of [pinyin, pinyin.slice(0, Math.max(2, pinyin.length - 2)), initials, englishWord].filter(
      (s) => s.length > 0,
    )) {
      const { body } = await get<{ results: SearchResult[] }>(
        `/api/search?limit=50&q=${encodeURIComponent(q)}`,
      );
      expect(
        body.results.map((r) => r.id),
        `search ${q}`,
      ).toContain(target.id);
    }
  });

  it("caps results at limit", async () => {
    const q = encodeURIComponent(COMMON_QUERY);
    const all = await get<{ results: SearchResult[] }>(`/api/search?q=${q}&limit=50`);
    expect(all.body.results.length).toBeGreaterThan(3);
    const { body } = await get<{ results: SearchResult[] }>(`/api/search?q=${q}&limit=3`);
    expect(body.results).toHaveLength(3);
  });
});

describe("entities", () => {
  it("returns every relation of the hub with its evidence, neighbours and documents", async () => {
    const { status, body } = await get<EntityResponse>(`/api/entities/${hub}`);
    expect(status).toBe(200);
    expect(body.entity.id).toBe(hub);
    const expected = relations.filter((r) => r.source === hub || r.target === hub);
    expect(new Set(body.relations.map(relKey))).toEqual(new Set(expected.map(relKey)));
    for (const row of expected) {
      const relation = body.relations.find((r) => relKey(r) === relKey(row))!;
      expect(relation.evidence).toContainEqual(
        expect.objectContaining({ doc: row.doc, quote: row.quote, certainty: row.certainty }),
      );
    }
    const title = new Map(documents.map((d) => [d.id, d.title]));
    for (const e of body.relations.flatMap((r) => r.evidence)) expect(e.doc_title).toBe(title.get(e.doc));
    const others = new Set(expected.flatMap((r) => [r.source, r.target]).filter((id) => id !== hub));
    expect(new Set(body.neighbours.map((n) => n.id))).toEqual(others);
    for (const doc of new Set(expected.map((r) => r.doc)))
      expect(body.documents.map((d) => d.id)).toContain(doc);
  });
});

describe("neighbourhood", () => {
  it("puts the centre first, then its neighbours, with edges inside the node set", async () => {
    const { body } = await get<Subgraph>(`/api/neighbourhood?id=${hub}&limit=500`);
    expect(body.nodes[0]?.id).toBe(hub);
    const expected = new Set([
      hub,
      ...relations.filter((r) => r.source === hub || r.target === hub).flatMap((r) => [r.source!, r.target!]),
    ]);
    expect(new Set(body.nodes.map((n) => n.id))).toEqual(expected);
    expectEdgesWithin(body);
    const degrees = body.nodes.slice(1).map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it("truncates at limit and says what it left out", async () => {
    const { body } = await get<Subgraph>(`/api/neighbourhood?id=${hub}&depth=3&limit=2`);
    expect(body.nodes).toHaveLength(2);
    expectEdgesWithin(body);
    expect(body.truncated).toBe(true);
    expect(Object.values(body.omitted ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("keeps only the asked entity and relation types", async () => {
    const row = relations.find((r) => r.source === hub || r.target === hub)!;
    const other = row.source === hub ? row.target! : row.source!;
    const type = entities.find((e) => e.id === other)!.type!;
    const { body } = await get<Subgraph>(
      `/api/neighbourhood?id=${hub}&depth=2&types=${type}&relTypes=${row.type}`,
    );
    expect(body.nodes.map((n) => n.id)).toContain(other);
    for (const node of body.nodes.slice(1)) expect(node.type).toBe(type);
    for (const edge of body.edges) expect(edge.type).toBe(row.type);
  });
});

describe("paths", () => {
  it("finds the one-hop path of a relation, with its evidence", async () => {
    const row = relations.find((r) => r.source !== r.target)!;
    const { body } = await get<PathsResponse>(`/api/paths?from=${row.target}&to=${row.source}`);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.nodes.map((n) => n.id)).toEqual([row.target, row.source]);
      expect(path.edges).toHaveLength(1);
    }
    const edges: GraphEdge[] = body.paths.flatMap((p) => p.edges);
    expect(edges.some((e) => e.type === row.type && e.evidence.some((ev) => ev.quote === row.quote))).toBe(
      true,
    );
  });

  it("answers a path from an entity to itself with the entity alone", async () => {
    const { body } = await get<PathsResponse>(`/api/paths?from=${hub}&to=${hub}`);
    expect(body.paths).toEqual([{ nodes: [expect.objectContaining({ id: hub })], edges: [] }]);
  });

  it("keeps every path within maxLength: none below the distance, the shortest ones from it on", async () => {
    for (const maxLength of [1, 2, 3, 6]) {
      const { status, body } = await get<PathsResponse>(
        `/api/paths?from=${hub}&to=${threeHops}&maxLength=${maxLength}`,
      );
      expect(status).toBe(200);
      if (maxLength < 3) expect(body.paths, `maxLength ${maxLength}`).toEqual([]);
      else expect(body.paths.length, `maxLength ${maxLength}`).toBeGreaterThan(0);
      for (const path of body.paths) {
        expect(path.edges).toHaveLength(3);
        expect(path.nodes.length).toBe(path.edges.length + 1);
        expect(path.nodes[0]?.id).toBe(hub);
        expect(path.nodes.at(-1)?.id).toBe(threeHops);
      }
    }
  });
});

describe("fund trace", () => {
  it("follows only the trace relations, up and down", async () => {
    for (const [direction, allowed] of [
      ["up", ["ESTABLISHED", "MANAGES", "PART_OF"]],
      ["down", ["INVESTED_IN", "FUNDS", "LOCATED_IN"]],
    ] as const) {
      const { status, body } = await get<Subgraph>(
        `/api/funds/${tracedFund}/trace?direction=${direction}&depth=4`,
      );
      expect(status).toBe(200);
      expect(body.nodes[0]?.id).toBe(tracedFund);
      expectEdgesWithin(body);
      for (const edge of body.edges) expect(allowed as readonly string[]).toContain(edge.type);
    }
    const { body } = await get<Subgraph>(`/api/funds/${tracedFund}/trace`);
    expect(body.edges.length).toBeGreaterThan(0);
  });

  it("refuses an entity that is not a fund", async () => {
    expect(await get(`/api/funds/${notAFund}/trace`)).toMatchObject({ status: 400, body: { param: "id" } });
  });
});

describe("graph overview", () => {
  it("returns the whole graph, or the most connected part with truncated", async () => {
    const { body } = await get<Subgraph>("/api/graph");
    expect(body.nodes.length).toBe(Math.min(entities.length, DEFAULT_SERVER_CONFIG.graphOverviewLimit));
    expectEdgesWithin(body);
    const small = (await get<Subgraph>("/api/graph?limit=1")).body;
    expect(small.nodes.length).toBe(Math.min(1, entities.length));
    expect(small.truncated).toBe(entities.length > 1);
  });
});

describe("documents", () => {
  it("lists every document", async () => {
    const { body } = await get<{ documents: { id: string; length: number }[] }>("/api/documents");
    expect(body.documents.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id!).sort());
  });

  it("places every evidence quote and mention in the text", async () => {
    for (const doc of documents) {
      const { status, body } = await get<DocumentResponse>(`/api/documents/${doc.id}`);
      expect(status).toBe(200);
      const { text } = body.document;
      expect(body.document.length).toBe(text.length);
      for (const quote of body.quotes)
        expect(
          relations.some((r) => r.doc === doc.id && r.quote === text.slice(quote.start, quote.end)),
        ).toBe(true);
      for (const row of relations.filter((r) => r.doc === doc.id)) {
        expect(
          body.quotes.some((q) => relKey(q) === relKey(row) && text.slice(q.start, q.end) === row.quote),
        ).toBe(true);
      }
      for (const mention of body.mentions)
        expect(text.slice(mention.start, mention.end).length).toBeGreaterThan(0);
    }
  });
});

describe("static explorer", () => {
  it("serves dist/ with a fallback to index.html, but never for /api", async () => {
    const home = await app.inject({ method: "GET", url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Ningbo Innovation Graph");
    expect(home.headers["content-security-policy"]).toContain("default-src 'self'");
    expect((await app.inject({ method: "GET", url: "/app.js" })).statusCode).toBe(200);
    const deep = await app.inject({ method: "GET", url: "/entity/yongjiang-lab" });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain("<title>");
    expect((await app.inject({ method: "GET", url: "/missing.js" })).statusCode).toBe(404);
    const api = await app.inject({ method: "GET", url: "/api/unknown" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toHaveProperty("error");
  });
});
