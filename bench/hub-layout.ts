// Hubs and the whole-graph view (issue 13, item 2): lays the data out with each option the explorer could
// use, measures each at the explorer's 1280x720 canvas, writes docs/hub-layout.json, the table in
// docs/hub-layout.md and a picture per option (docs/screenshots/hub-*.png, drawn in Chromium with the
// export's composition and the canvas's label rule).
//   npx tsx bench/hub-layout.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { format, resolveConfig } from "prettier";
import type { GraphEdge, GraphNode } from "../src/model/api.js";
import type { EntityType, RelationType } from "../src/model/vocabulary.js";
import { CONTEXT_TYPES, ENTITY_TYPES, ENTITY_TYPE_INFO } from "../src/model/vocabulary.js";
import { compose, type Measure } from "../src/web/export/compose.js";
import { fitExtents } from "../src/web/export/fit.js";
import type { Scene } from "../src/web/export/scene.js";
import { compositionToSvg } from "../src/web/export/svg.js";
import { OVERVIEW_ORIGIN, type ExplorerGraph } from "../src/web/graph/attributes.js";
import { computeLayout, HUB_OPTIONS, type HubOptions } from "../src/web/graph/forceLayout.js";
import { DEFAULT_LAYOUT, layoutRequest } from "../src/web/graph/layout.js";
import { createExplorerGraph, mergeSubgraph } from "../src/web/graph/merge.js";
import { intersects, placeLabels, type LabelCandidate } from "../src/web/sigma/labelPlacement.js";
import { labelSizeFor } from "../src/web/sigma/labels.js";
import { fitLabel, isWide, LABEL_MAX_UNITS } from "../src/web/ux/labelFit.js";
import { openBrowser } from "../tests/e2e/browser.js";

const ROOT = join(import.meta.dirname, "..");
/** The explorer's graph canvas at 1280x720: the window minus the 340 px left panel. */
const CANVAS = { width: 940, height: 720 };
/** What the legend leaves when Regions and Programmes are switched off. */
const CORE: readonly EntityType[] = ENTITY_TYPES.filter(
  (t) => !(CONTEXT_TYPES as readonly string[]).includes(t),
);

interface Option {
  id: string;
  title: string;
  hub: HubOptions;
  /** Entity types shown (all when absent). */
  types?: readonly EntityType[];
}

const base: HubOptions = {
  linLog: true,
  outboundAttractionDistribution: false,
  weightHubEdgesDown: false,
  pinHubsFrom: 0,
};
const OPTIONS: Option[] = [
  { id: "linlog", title: "LinLog (before)", hub: base },
  { id: "plain", title: "FA2 without LinLog", hub: { ...base, linLog: false } },
  {
    id: "outbound",
    title: "LinLog + outbound attraction distribution",
    hub: { ...base, outboundAttractionDistribution: true },
  },
  { id: "weights", title: "LinLog + hub edges weighted down", hub: { ...base, weightHubEdgesDown: true } },
  { id: "pinned", title: "LinLog + hubs (degree ≥ 30) pinned apart", hub: { ...base, pinHubsFrom: 30 } },
  {
    id: "core",
    title: "Core ecosystem (Regions and Programmes off), hubs pinned",
    hub: { ...base, pinHubsFrom: 30 },
    types: CORE,
  },
  {
    id: "core-outbound",
    title: "Core ecosystem + outbound attraction distribution",
    hub: { ...base, outboundAttractionDistribution: true },
    types: CORE,
  },
];

function readData(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const rows = (file: string) =>
    parse(readFileSync(join(ROOT, "data", file), "utf8"), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
  const edges = new Map<string, GraphEdge>();
  for (const r of rows("relations.csv")) {
    const id = `${r.source}|${r.type}|${r.target}`;
    if (!edges.has(id))
      edges.set(id, {
        id,
        source: r.source!,
        target: r.target!,
        type: r.type as RelationType,
        evidenceCount: 0,
        evidence: [],
      });
  }
  const degree = new Map<string, number>();
  for (const e of edges.values())
    for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const nodes = rows("entities.csv").map((r): GraphNode => ({
    id: r.id!,
    type: r.type as EntityType,
    subtype: r.subtype ?? "",
    name_zh: r.name_zh ?? "",
    name_en: r.name_en ?? "",
    degree: degree.get(r.id!) ?? 0,
  }));
  return { nodes, edges: [...edges.values()] };
}

/** CJK one em, Latin about half: close to Noto Sans SC, a little generous so the pictures keep the measure's promise. */
const measure: Measure = (text, size, bold) =>
  [...text].reduce((w, c) => w + (isWide(c) ? size : size * 0.56), 0) * (bold ? 1.04 : 1);

interface Measured {
  id: string;
  title: string;
  nodes: number;
  edges: number;
  /** Label pairs that would collide if every label were drawn at its node's right (what sigma's grid did). */
  labelOverlaps: number;
  /** Labels the collision rule can draw without any overlap, of all nodes shown. */
  labelsShown: number;
  labelsShare: number;
  /** Share of 40 px cells of the canvas holding a node or a drawn label. */
  canvasShare: number;
  /** Pairs of straight edges that cross. */
  edgeCrossings: number;
  /** Share of all nodes within 15 % of the canvas diagonal of the biggest hub (how much it swallows). */
  nearBiggestHub: number;
}

function laidOut(data: ReturnType<typeof readData>, option: Option): ExplorerGraph {
  const keep = new Set(
    data.nodes.filter((n) => !option.types || option.types.includes(n.type)).map((n) => n.id),
  );
  const graph = createExplorerGraph();
  mergeSubgraph(
    graph,
    {
      nodes: data.nodes.filter((n) => keep.has(n.id)),
      edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
      truncated: false,
    },
    OVERVIEW_ORIGIN,
  );
  for (const [id, x, y] of computeLayout(layoutRequest(graph, DEFAULT_LAYOUT.fullIterations), option.hub))
    graph.mergeNodeAttributes(id, { x, y });
  return graph;
}

function measureLayout(graph: ExplorerGraph, option: Option): Measured {
  const box = { x: 24, y: 24, width: CANVAS.width - 48, height: CANVAS.height - 80 };
  const ids = graph.nodes();
  const label = (id: string) => fitLabel(graph.getNodeAttribute(id, "label"), LABEL_MAX_UNITS);
  const fit = fitExtents(
    ids.map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        x: a.x,
        y: -a.y,
        left: a.size + 4,
        right: a.size + 6 + measure(label(id), 12, false),
        up: 14,
        down: 10,
      };
    }),
    box,
    6,
  );
  const at = new Map(
    ids.map((id) => {
      const a = graph.getNodeAttributes(id);
      return [id, { x: a.x * fit.scale + fit.dx, y: -a.y * fit.scale + fit.dy, r: a.size }];
    }),
  );
  const candidates: LabelCandidate[] = ids.map((id) => {
    const p = at.get(id)!;
    return {
      id,
      ...p,
      label: label(id),
      size: labelSizeFor(p.r, 12),
      bold: p.r > 12,
      rank: 2,
      degree: graph.getNodeAttribute(id, "degree"),
    };
  });
  // Every label at its node's right, as sigma drew them before.
  const naive = candidates.map((c) => {
    const w = measure(c.label, c.size, c.bold);
    return { x: c.x + c.r + 3, y: c.y + c.size / 3 - c.size * 0.9, width: w, height: c.size * 1.15 };
  });
  let labelOverlaps = 0;
  naive.forEach((a, i) => naive.slice(i + 1).forEach((b) => (labelOverlaps += intersects(a, b) ? 1 : 0)));
  const placed = placeLabels(
    candidates,
    { bounds: { x: 0, y: 0, ...CANVAS }, obstacles: [], discs: ids.map((id) => ({ id, ...at.get(id)! })) },
    measure,
  );
  const cells = new Set<string>();
  const mark = (x0: number, y0: number, x1: number, y1: number) => {
    for (let cx = Math.floor(x0 / 40); cx <= Math.floor(x1 / 40); cx++)
      for (let cy = Math.floor(y0 / 40); cy <= Math.floor(y1 / 40); cy++)
        if (cx >= 0 && cy >= 0 && cx * 40 < CANVAS.width && cy * 40 < CANVAS.height) cells.add(`${cx},${cy}`);
  };
  for (const p of at.values()) mark(p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r);
  for (const l of placed) mark(l.box.x, l.box.y, l.box.x + l.box.width, l.box.y + l.box.height);
  const total = Math.ceil(CANVAS.width / 40) * Math.ceil(CANVAS.height / 40);
  const segs = graph.mapEdges((_e, _a, s, t) => ({ s, t, a: at.get(s)!, b: at.get(t)! }));
  let edgeCrossings = 0;
  const cross = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) {
      const [e, f] = [segs[i]!, segs[j]!];
      if (e.s === f.s || e.s === f.t || e.t === f.s || e.t === f.t) continue;
      const d1 = cross(e.a, e.b, f.a);
      const d2 = cross(e.a, e.b, f.b);
      const d3 = cross(f.a, f.b, e.a);
      const d4 = cross(f.a, f.b, e.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) edgeCrossings++;
    }
  const hub = ids.reduce((m, id) =>
    graph.getNodeAttribute(id, "degree") > graph.getNodeAttribute(m, "degree") ? id : m,
  );
  const h = at.get(hub)!;
  const radius = 0.15 * Math.hypot(CANVAS.width, CANVAS.height);
  const near = ids.filter(
    (id) => id !== hub && Math.hypot(at.get(id)!.x - h.x, at.get(id)!.y - h.y) < radius,
  );
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    id: option.id,
    title: option.title,
    nodes: graph.order,
    edges: graph.size,
    labelOverlaps,
    labelsShown: placed.length,
    labelsShare: round(placed.length / Math.max(1, ids.length)),
    canvasShare: round(cells.size / total),
    edgeCrossings,
    nearBiggestHub: round(near.length / Math.max(1, ids.length - 1)),
  };
}

function scene(graph: ExplorerGraph, option: Option): Scene {
  return {
    nodes: graph.mapNodes((id, a) => ({
      id,
      x: a.x,
      y: -a.y,
      r: a.size,
      color: a.color,
      label: fitLabel(a.label, LABEL_MAX_UNITS),
      name: a.label,
      force: false,
      degree: a.degree,
    })),
    edges: graph.mapEdges((_e, a, s, t) => ({
      source: s,
      target: t,
      color: a.color,
      width: 1,
      arrow: false,
      curvature: 0,
    })),
    legend: [
      {
        heading: "Entity types",
        items: [...new Set(graph.mapNodes((_n, a) => a.etype))].map((t) => ({
          color: ENTITY_TYPE_INFO[t].colour,
          label: `${ENTITY_TYPE_INFO[t].zh} · ${ENTITY_TYPE_INFO[t].en}`,
          shape: "dot" as const,
        })),
      },
    ],
    title: option.title,
    caption: "",
    sources: "bench/hub-layout.ts",
  };
}

/** The results table of docs/hub-layout.md, between its markers. */
function table(results: readonly Measured[]): string {
  const head =
    "| Option | Nodes | Label pairs colliding if all drawn | Labels drawn by the rule | Canvas used | Edge crossings | Nodes near the biggest hub |\n|---|--:|--:|--:|--:|--:|--:|";
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const rows = results.map(
    (r) =>
      `| ${r.title} (\`${r.id}\`) | ${r.nodes} | ${r.labelOverlaps} | ${r.labelsShown} (${pct(r.labelsShare)}) | ${pct(r.canvasShare)} | ${r.edgeCrossings} | ${pct(r.nearBiggestHub)} |`,
  );
  return [head, ...rows].join("\n");
}

async function main() {
  const data = readData();
  const results: Measured[] = [];
  const pictures: { id: string; svg: string }[] = [];
  for (const option of OPTIONS) {
    const graph = laidOut(data, option);
    results.push(measureLayout(graph, option));
    pictures.push({
      id: option.id,
      svg: compositionToSvg(compose(scene(graph, option), measure, { width: 1200, height: 800 })),
    });
  }
  const chosen = OPTIONS.find((o) => !o.types && JSON.stringify(o.hub) === JSON.stringify(HUB_OPTIONS));
  const jsonPath = join(ROOT, "docs", "hub-layout.json");
  const json = JSON.stringify({
    command: "npx tsx bench/hub-layout.ts",
    canvas: CANVAS,
    explorerUses: chosen?.id ?? null,
    results,
  });
  writeFileSync(jsonPath, await format(json, { ...(await resolveConfig(jsonPath)), parser: "json" }));
  const docPath = join(ROOT, "docs", "hub-layout.md");
  const doc = readFileSync(docPath, "utf8");
  const [start, end] = ["<!-- hub-layout:table -->", "<!-- /hub-layout:table -->"];
  if (!doc.includes(start) || !doc.includes(end))
    throw new Error(`${docPath}: the table markers are missing`);
  const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n\n${table(results)}\n\n${doc.slice(doc.indexOf(end))}`;
  // Written as Prettier writes it, so the check in npm test stays clean after every run.
  writeFileSync(docPath, await format(next, { ...(await resolveConfig(docPath)), parser: "markdown" }));

  // Pictures: the SVGs in Chromium with the app's font.
  const css = ["400.css", "700.css"].map(
    (f) => pathToFileURL(join(ROOT, "node_modules", "@fontsource", "noto-sans-sc", f)).href,
  );
  const browser = await openBrowser(1200, 800, ["--allow-file-access-from-files"]);
  const dir = mkdtempSync(join(tmpdir(), "nig-hub-"));
  try {
    for (const p of pictures) {
      const file = join(dir, `hub-${p.id}.html`);
      writeFileSync(
        file,
        `<!doctype html><html><head><meta charset="utf-8">${css.map((h) => `<link rel="stylesheet" href="${h}">`).join("")}<style>body{margin:0}</style></head><body>${p.svg}</body></html>`,
      );
      await browser.page.goto(pathToFileURL(file).href);
      await browser.page.evaluate(() => document.fonts.ready);
      await browser.page.waitForTimeout(300);
      await browser.page.screenshot({ path: join(ROOT, "docs", "screenshots", `hub-${p.id}.png`) });
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.table(results);
}

await main();
