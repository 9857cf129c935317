// Issue 16: `npm run export` writes the whole (or a filtered) graph with its evidence, and readers
// nobody on the project wrote read every file: networkx (GEXF, GraphML), igraph (GraphML), pandas (CSV),
// Python's json. The browser's GEXF (colours and positions from the view) is read by networkx too.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatsResponse } from "../../src/model/api.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import type { ExportGraph } from "../../src/web/export/exportGraph.js";
import { exportData } from "../../src/web/export/formats.js";
import { useTestNeo4j } from "./helpers.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const neo = useTestNeo4j();
let dir: string;
let stats: StatsResponse;
let evidenceRows: number;

const env = () => ({
  ...process.env,
  NEO4J_URI: neo.connection.uri,
  NEO4J_USERNAME: neo.connection.username,
  NEO4J_PASSWORD: neo.connection.password,
  NEO4J_DATABASE: neo.connection.database,
});

const exportCli = (...args: string[]) =>
  run("npx", ["tsx", "src/cli/export.ts", ...args], { cwd: ROOT, env: env(), maxBuffer: 64 << 20 });

/** Runs tests/integration/read-exports.py over KIND=PATH pairs and returns what the readers found. */
async function readWithPython(
  files: Record<string, string>,
): Promise<Record<string, Record<string, unknown>>> {
  const args = Object.entries(files).map(([kind, path]) => `${kind}=${path}`);
  const { stdout } = await run("python3", [join(import.meta.dirname, "read-exports.py"), ...args]);
  return JSON.parse(stdout) as Record<string, Record<string, unknown>>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nig-export-"));
  const app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000 },
    logger: false,
  });
  try {
    stats = (await app.inject("/api/stats")).json<StatsResponse>();
    const graph = (await app.inject("/api/graph?limit=10000&evidence=all")).json<{
      edges: { evidence: unknown[] }[];
    }>();
    evidenceRows = graph.edges.reduce((n, e) => n + e.evidence.length, 0);
  } finally {
    await app.close();
  }
  expect(stats.entities).toBeGreaterThan(100);
  expect(evidenceRows).toBeGreaterThan(stats.relations);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("npm run export", () => {
  it("writes the whole graph with every piece of evidence in each format, and real readers read it", async () => {
    const files = {
      gexf: join(dir, "g.gexf"),
      graphml: join(dir, "g.graphml"),
      json: join(dir, "g.json"),
    };
    for (const [format, path] of Object.entries(files)) await exportCli("--format", format, "--out", path);
    await exportCli("--format", "csv", "--out", join(dir, "g.csv"));
    const found = await readWithPython({
      ...files,
      nodes_csv: join(dir, "g-nodes.csv"),
      edges_csv: join(dir, "g-edges.csv"),
    });
    const whole = { nodes: stats.entities, edges: stats.relations, evidence: evidenceRows };
    expect(found.gexf).toMatchObject(whole);
    expect(found.gexf!.types).toEqual(Object.keys(stats.byEntityType).sort());
    // Type colours as r/g/b, which networkx reads (it raised on GEXF 1.3's hex colours).
    expect(found.gexf!.colour).toMatchObject({ r: expect.any(Number), g: expect.any(Number) });
    expect(found.graphml).toMatchObject(whole);
    expect(found.igraph).toEqual({ nodes: stats.entities, edges: stats.relations, directed: true });
    expect(found.json).toMatchObject({ ...whole, dataVersion: stats.dataVersion });
    expect(found.nodes_csv!.rows).toBe(stats.entities);
    // One row per piece of evidence, none split by a line break inside a quote.
    expect(found.edges_csv).toMatchObject({ rows: evidenceRows, emptyQuotes: 0 });
    expect(found.edges_csv!.columns).toEqual([
      "source",
      "type",
      "target",
      "doc",
      "doc_title",
      "quote",
      "amount",
      "date",
      "certainty",
      "note",
    ]);
  });

  it("writes a filtered part: only the asked entity and relation types", async () => {
    const path = join(dir, "funds.gexf");
    await exportCli(
      "--format",
      "gexf",
      "--types",
      "Fund,Company,Institution",
      "--relTypes",
      "INVESTED_IN,MANAGES",
      "--out",
      path,
    );
    const { gexf } = await readWithPython({ gexf: path });
    const kept = ["Fund", "Company", "Institution"].reduce(
      (n, t) => n + (stats.byEntityType[t as keyof StatsResponse["byEntityType"]] ?? 0),
      0,
    );
    expect(gexf!.nodes).toBe(kept);
    expect(gexf!.edges).toBeGreaterThan(0);
    expect((gexf!.types as string[]).every((t) => ["Company", "Fund", "Institution"].includes(t))).toBe(true);
    expect((gexf!.relTypes as string[]).every((t) => ["INVESTED_IN", "MANAGES"].includes(t))).toBe(true);
  });

  it("refuses an unknown format or type, naming the option", async () => {
    await expect(exportCli("--format", "xml")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--format/),
    });
    await expect(exportCli("--format", "gexf", "--types", "Bogus")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--types/),
    });
  });
});

describe("the browser's GEXF export", () => {
  it("is read by networkx, with the view's hex colours as r/g/b and its positions", async () => {
    const g: ExportGraph = new MultiDirectedGraph();
    const node = { type: "Fund", subtype: "", name_zh: "基金", name_en: "Fund", degree: 1, size: 6 };
    g.addNode("a", { ...node, label: "甲", x: 1.5, y: -2, color: "#4e79a7" });
    g.addNode("b", { ...node, label: "乙", x: 0, y: 3, color: "#e15759" });
    const evidence = [{ doc: "d", quote: "甲投资乙", certainty: "explicit" as const }];
    g.addDirectedEdgeWithKey("a|INVESTED_IN|b", "a", "b", {
      type: "INVESTED_IN",
      label: "INVESTED_IN",
      docs: "d",
      quotes: "甲投资乙",
      certainty: "explicit",
      evidence: JSON.stringify(evidence),
      weight: 1,
    });
    const path = join(dir, "view.gexf");
    await writeFile(path, exportData(g, "gexf", "view").text);
    const { gexf } = await readWithPython({ gexf: path });
    expect(gexf).toMatchObject({ nodes: 2, edges: 1, evidence: 1 });
    expect(gexf!.colour).toEqual({ r: 78, g: 121, b: 167, a: 1 });
  });
});
