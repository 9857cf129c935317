// Lays an image export out on a fixed page: title and caption on top, the whole view fitted into the
// graph area, the legend in its own column(s) to the right, the sources line below. Nothing overlaps:
// labels follow the canvas's collision rule (sigma/labelPlacement.ts).
// Pure (text widths come from `measure`), so the PNG and SVG writers draw the same composition.
import { placeLabels } from "../sigma/labelPlacement.js";
import { labelSizeFor } from "../sigma/labels.js";
import { fitExtents, type Box } from "./fit.js";
import type { LegendItem, Scene } from "./scene.js";

/** Width in CSS pixels of `text` at `size` px (bold or not), in the export font. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The page, in CSS pixels; PNG multiplies it by its scale. */
export const EXPORT_PAGE = { width: 1600, height: 1000 } as const;

interface PlacedText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  /** Node labels get a white halo so edges under them do not cut the glyphs. */
  halo: boolean;
}

interface PlacedNode {
  x: number;
  y: number;
  r: number;
  color: string;
  name: string;
}

interface PlacedEdge {
  x1: number;
  y1: number;
  /** Quadratic control point, for curved edges. */
  c?: { x: number; y: number };
  x2: number;
  y2: number;
  color: string;
  width: number;
  /** Arrow head triangle (tip first). */
  head?: [number, number, number, number, number, number];
}

interface Swatch extends LegendItem {
  x: number;
  y: number;
}

export interface Composition {
  width: number;
  height: number;
  graph: Box;
  legendBox: Box | null;
  edges: PlacedEdge[];
  nodes: PlacedNode[];
  texts: PlacedText[];
  swatches: Swatch[];
}

const PAD = 24;
const ROW = 20;
const LABEL_BASE = 12;
const LEGEND_FONT = 13;

/** Greedy wrap at any character (CJK has no spaces), at most `max` lines, the last one ellipsised. */
export function wrap(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  max: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line && measure(line + ch, size, bold) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && measure(`${last}…`, size, bold) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last}…`;
  return kept;
}

/** Legend rows flowed into columns: one column when it is short, else a column per section, each broken at `rows`. */
function legendColumns(
  scene: Scene,
  rows: number,
): { heading: boolean; item: LegendItem | null; text: string }[][] {
  const total = scene.legend.reduce((n, s) => n + 1 + s.items.length, 0);
  const cols: { heading: boolean; item: LegendItem | null; text: string }[][] = [[]];
  for (const sec of scene.legend) {
    if (total > Math.min(rows, 16) && cols[cols.length - 1]!.length > 0) cols.push([]);
    const col = () => cols[cols.length - 1]!;
    col().push({ heading: true, item: null, text: sec.heading });
    for (const item of sec.items) {
      if (col().length >= rows) cols.push([]);
      col().push({ heading: false, item, text: item.label });
    }
  }
  return cols.filter((c) => c.length > 0);
}

/** The export page for `scene`: every visible node inside the graph area, labels culled where they would collide. */
export function compose(
  scene: Scene,
  measure: Measure,
  page: { width: number; height: number } = EXPORT_PAGE,
): Composition {
  const { width, height } = page;
  const texts: PlacedText[] = [];
  const text = (x: number, y: number, s: string, size: number, color: string, bold = false, halo = false) =>
    texts.push({ x, y, text: s, size, bold, color, halo });

  // Header: title, then the caption (up to two lines).
  text(PAD, PAD + 20, scene.title, 22, "#222", true);
  const captionLines = scene.caption ? wrap(scene.caption, width - 2 * PAD, 16, measure, 2) : [];
  captionLines.forEach((l, i) => text(PAD, PAD + 48 + i * 22, l, 16, "#444"));
  const top = PAD + 28 + captionLines.length * 22 + 16;
  // Footer: the sources line (up to three lines).
  const sourceLines = wrap(scene.sources, width - 2 * PAD, 12, measure, 3);
  const bottom = height - PAD - sourceLines.length * 17 - 8;
  sourceLines.forEach((l, i) => text(PAD, bottom + 8 + 13 + i * 17, l, 12, "#555"));

  // Legend: its own column(s) at the right, never over the graph.
  const rows = Math.max(4, Math.floor((bottom - top) / ROW));
  const cols = legendColumns(scene, rows);
  const swatches: Swatch[] = [];
  const colWidths = cols.map((c) =>
    Math.min(
      280,
      Math.max(120, ...c.map((r) => measure(r.text, LEGEND_FONT, r.heading) + (r.heading ? 0 : 24))),
    ),
  );
  const legendWidth = cols.length ? colWidths.reduce((a, b) => a + b, 0) + 16 * (cols.length - 1) : 0;
  let lx = width - PAD - legendWidth;
  const legendBox = cols.length ? { x: lx, y: top, width: legendWidth, height: bottom - top } : null;
  cols.forEach((col, ci) => {
    col.forEach((r, ri) => {
      const y = top + ri * ROW + 14;
      const room = colWidths[ci]! - (r.heading ? 0 : 24);
      const label =
        measure(r.text, LEGEND_FONT, r.heading) > room
          ? wrap(r.text, room, LEGEND_FONT, measure, 1, r.heading)[0]!
          : r.text;
      if (r.item) {
        swatches.push({ ...r.item, x: lx + 8, y: y - 4 });
        text(lx + 24, y, label, LEGEND_FONT, "#333");
      } else text(lx, y, label, LEGEND_FONT, "#222", true);
    });
    lx += colWidths[ci]! + 16;
  });

  // Graph: fit every visible node with its label into what is left.
  const graph: Box = {
    x: PAD,
    y: top,
    width: (legendBox ? legendBox.x - 24 : width - PAD) - PAD,
    height: bottom - top,
  };
  const sized = scene.nodes.map((n) => {
    const size = labelSizeFor(n.r, LABEL_BASE);
    const sub = Math.max(9, size - 3);
    const lw = n.label
      ? Math.max(measure(n.label, size, n.r > 12), n.labelSub ? measure(n.labelSub, sub, false) : 0) + 4
      : 0;
    return { n, size, sub, lw };
  });
  const fit = fitExtents(
    sized.map(({ n, size, sub, lw }) => ({
      x: n.x,
      y: n.y,
      left: n.r + 1,
      right: n.r + 1 + lw,
      up: Math.max(n.r, size * 0.8) + 1,
      down: Math.max(n.r, n.labelSub ? size / 3 + sub + 2 : size / 3) + 2,
    })),
    graph,
  );
  const at = new Map(
    scene.nodes.map((n) => [n.id, { x: n.x * fit.scale + fit.dx, y: n.y * fit.scale + fit.dy, r: n.r }]),
  );
  const nodes: PlacedNode[] = scene.nodes.map((n) => ({ ...at.get(n.id)!, color: n.color, name: n.name }));
  const edges: PlacedEdge[] = [];
  for (const e of scene.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    edges.push(placeEdge(s, t, e));
  }

  // Labels: by the canvas's own rule (sigma/labelPlacement.ts), inside the graph area, never over the legend.
  const labels = placeLabels(
    sized.map(({ n, size }) => {
      const p = at.get(n.id)!;
      return {
        id: n.id,
        x: p.x,
        y: p.y,
        r: n.r,
        label: n.label,
        ...(n.labelSub ? { labelSub: n.labelSub } : {}),
        size,
        bold: n.r > 12,
        // An image has no hover box: the selection is placed first, drawn like the others.
        rank: Math.max(1, n.rank ?? (n.force ? 2 : 3)),
        degree: n.degree ?? 0,
      };
    }),
    {
      bounds: graph,
      obstacles: legendBox ? [legendBox] : [],
      discs: scene.nodes.map((n) => ({ id: n.id, ...at.get(n.id)! })),
    },
    measure,
  );
  for (const l of labels) {
    text(l.tx, l.ty, l.text, l.size, "#222", l.bold, true);
    if (l.sub) text(l.tx, l.ty + l.subSize + 1, l.sub, l.subSize, "#555", false, true);
  }
  return { width, height, graph, legendBox, edges, nodes, texts, swatches };
}

/** An edge from rim to rim, curved like @sigma/edge-curve draws it, ending in an arrow head. */
function placeEdge(
  s: { x: number; y: number; r: number },
  t: { x: number; y: number; r: number },
  e: Scene["edges"][number],
): PlacedEdge {
  const [dx, dy] = [t.x - s.x, t.y - s.y];
  const c = e.curvature
    ? { x: (s.x + t.x) / 2 + dy * e.curvature, y: (s.y + t.y) / 2 - dx * e.curvature }
    : undefined;
  // Direction into the target: from the control point for a curve, from the source for a line.
  const from = c ?? s;
  const len = Math.hypot(t.x - from.x, t.y - from.y) || 1;
  const [ux, uy] = [(t.x - from.x) / len, (t.y - from.y) / len];
  const tip = { x: t.x - ux * t.r, y: t.y - uy * t.r };
  const edge: PlacedEdge = {
    x1: s.x,
    y1: s.y,
    ...(c ? { c } : {}),
    x2: tip.x,
    y2: tip.y,
    color: e.color,
    width: e.width,
  };
  if (!e.arrow) return edge;
  const head = Math.max(6, e.width * 3);
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  edge.x2 = base.x;
  edge.y2 = base.y;
  edge.head = [
    tip.x,
    tip.y,
    base.x - (uy * head) / 2,
    base.y + (ux * head) / 2,
    base.x + (uy * head) / 2,
    base.y - (ux * head) / 2,
  ];
  return edge;
}
