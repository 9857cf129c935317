// Issue 7: the offline SnapshotGraphSource answers like HttpGraphSource over the real API and Neo4j.
// One spec, both implementations: the snapshot is taken through the same API (buildApp + inject).
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityResponse, PathsResponse, SearchResult, Subgraph } from "../../src/model/api.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { takeSnapshot } from "../../src/cli/export-site/snapshot.js";
import type { GraphSource } from "../../src/web/source/GraphSource.js";
import { HttpGraphSource } from "../../src/web/source/HttpGraphSource.js";
import { SnapshotGraphSource } from "../../src/web/source/SnapshotGraphSource.js";
import { useTestNeo4j } from "./helpers.js";

const neo = useTestNeo4j();
let app: FastifyInstance;
let http: GraphSource;
let offline: GraphSource;

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000 },
    logger: false,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  http = new HttpGraphSource(`http://127.0.0.1:${port}/api`);
  offline = new SnapshotGraphSource(JSON.parse(JSON.stringify(await takeSnapshot(app))));
});
afterAll(async () => {
  await app?.close();
});

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
const edgeKey = (e: { source: string; type: string; target: string }) => `${e.source}|${e.type}|${e.target}`;
const sub = (s: Subgraph) => ({
  nodes: byId(s.nodes),
  edges: byId(s.edges),
  truncated: s.truncated,
  omitted: s.omitted,
});
const entity = (r: EntityResponse) => ({
  ...r,
  relations: [...r.relations].sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : 1)),
  neighbours: byId(r.neighbours),
  documents: byId(r.documents),
});
const paths = (r: PathsResponse) =>
  r.paths.map((p) => `${p.nodes.map((n) => n.id).join(">")}#${p.edges.map(edgeKey).join(",")}`).sort();
/** The offline search has the API's substring ranking but not its fuzzy (Lucene) top-up, scored below 65. */
const substringHits = (r: SearchResult[]) => r.filter((x) => x.score >= 65);

describe("GraphSource parity: HTTP API vs offline snapshot", () => {
  it("stats, documents and each document with its spans", async () => {
    expect(await offline.stats()).toEqual(await http.stats());
    const docs = await http.documents();
    expect(await offline.documents()).toEqual(docs);
    for (const d of docs) expect(await offline.document(d.id)).toEqual(await http.document(d.id));
  });

  it.each(["地平线", "甬江", "yongjiang", "yjsys", "Ningbo", "fund", "基金", "宁波"])(
    "search %s",
    async (q) => {
      expect(substringHits(await offline.search(q, 20))).toEqual(substringHits(await http.search(q, 20)));
    },
  );

  it("overview: the whole graph", async () => {
    expect(sub(await offline.overview())).toEqual(sub(await http.overview()));
  });

  it("overview of a server that caps its opening view: the bundle opens on the same entities", async () => {
    const capped = await buildApp({
      driver: neo.driver,
      database: neo.database,
      config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000, graphOverviewLimit: 40 },
      logger: false,
    });
    try {
      const snapshot = await takeSnapshot(capped);
      expect(snapshot.overviewLimit).toBe(40);
      expect(snapshot.nodes.length).toBeGreaterThan(40);
      const opening = (await capped.inject({ method: "GET", url: "/api/graph" })).json<Subgraph>();
      const bundle = new SnapshotGraphSource(JSON.parse(JSON.stringify(snapshot)));
      expect(sub(await bundle.overview())).toEqual(sub(opening));
    } finally {
      await capped.close();
    }
  });

  it("overview with every piece of evidence, and each edge's evidence on demand", async () => {
    const whole = await http.overview(undefined, "all");
    expect(sub(await offline.overview(undefined, "all"))).toEqual(sub(whole));
    const many = whole.edges.filter((e) => e.evidenceCount > 1);
    expect(many.length).toBeGreaterThan(5);
    for (const e of many) {
      const answer = await http.edgeEvidence(e.source, e.type, e.target);
      expect(answer.evidence).toHaveLength(e.evidenceCount);
      expect(await offline.edgeEvidence(e.source, e.type, e.target)).toEqual(answer);
    }
    await expect(offline.edgeEvidence("ningbo", "HEADS", "zhejiang")).rejects.toMatchObject({ status: 404 });
    await expect(http.edgeEvidence("ningbo", "HEADS", "zhejiang")).rejects.toMatchObject({ status: 404 });
  });

  it("entity details for every tenth entity, and a 404 for an unknown id", async () => {
    const all = (await http.overview()).nodes;
    for (const n of all.filter((_n, i) => i % 10 === 0))
      expect(entity(await offline.entity(n.id))).toEqual(entity(await http.entity(n.id)));
    await expect(offline.entity("no-such-entity")).rejects.toMatchObject({ status: 404 });
    await expect(http.entity("no-such-entity")).rejects.toMatchObject({ status: 404 });
  });

  it("neighbourhoods at depth 1..3, with type filters and a small limit", async () => {
    const hubs = (await http.overview()).nodes.slice(0, 4).map((n) => n.id);
    for (const id of [...hubs, "horizon-robotics"])
      for (const depth of [1, 2, 3] as const)
        expect(sub(await offline.neighbourhood({ id, depth, limit: 50 }))).toEqual(
          sub(await http.neighbourhood({ id, depth, limit: 50 })),
        );
    const q = { id: hubs[0]!, depth: 1 as const, types: ["Company" as const], limit: 5 };
    expect(sub(await offline.neighbourhood(q))).toEqual(sub(await http.neighbourhood(q)));
  });

  it("all shortest paths between pairs of entities", async () => {
    const ids = (await http.overview()).nodes.map((n) => n.id);
    const pairs: [string, string][] = [
      ["horizon-robotics", ids[0]!],
      [ids[1]!, ids[ids.length - 1]!],
      [ids[5]!, ids[40]!],
      [ids[3]!, ids[3]!],
    ];
    for (const [a, b] of pairs)
      expect(paths(await offline.paths(a, b, 4)), `${a} -> ${b}`).toEqual(paths(await http.paths(a, b, 4)));
  });

  it("fund trace of every fund", async () => {
    const funds = (await http.overview()).nodes.filter((n) => n.type === "Fund");
    expect(funds.length).toBeGreaterThan(0);
    for (const f of funds)
      expect(sub(await offline.fundTrace(f.id)), f.id).toEqual(sub(await http.fundTrace(f.id)));
  });
});
