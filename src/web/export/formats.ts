// Serialisers for the data exports: GEXF (graphology-gexf), GraphML (our own small writer:
// graphology-graphml only parses; the tests read our files back with it), CSV and JSON. Each returns
// the file name and its text. `npm run export` writes the same files from the command line.
import writeGexf from "graphology-gexf/common/writer.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { toRecords, type ExportGraph } from "./exportGraph.js";
import { XML_INVALID } from "./xml.js";

export const DATA_FORMATS = ["gexf", "graphml", "csv-nodes", "csv-edges", "json"] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

const xml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(XML_INVALID, "");

/** "#4e79a7" as "rgb(78,121,167)"; other colour strings unchanged. */
function rgbOf(colour: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex === undefined) return colour;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/**
 * GEXF 1.3 with colours as r/g/b attributes: graphology-gexf writes 1.3 colours as `hex`, which
 * Gephi reads but networkx's read_gexf does not; r/g/b is valid in both versions and read by both.
 */
function writeGexfFile(g: ExportGraph): string {
  const copy = g.copy();
  copy.updateEachNodeAttributes((_n, a) => (a.color ? { ...a, color: rgbOf(a.color) } : a));
  return writeGexf(copy, { version: "1.3", pretty: true });
}

/** GraphML with typed keys for every attribute the export graph carries. */
export function writeGraphml(g: ExportGraph): string {
  const keys = (kind: "node" | "edge", attrs: Iterable<Record<string, unknown>>) => {
    const found = new Map<string, string>();
    for (const a of attrs)
      for (const [k, v] of Object.entries(a))
        if (v !== undefined) found.set(k, typeof v === "number" ? "double" : "string");
    return found;
  };
  const nodeKeys = keys(
    "node",
    g.mapNodes((_n, a) => a as unknown as Record<string, unknown>),
  );
  const edgeKeys = keys(
    "edge",
    g.mapEdges((_e, a) => a as unknown as Record<string, unknown>),
  );
  const data = (prefix: string, a: Record<string, unknown>) =>
    Object.entries(a)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<data key="${prefix}_${xml(k)}">${xml(String(v))}</data>`)
      .join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [k, t] of nodeKeys)
    lines.push(`<key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys)
    lines.push(`<key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`);
  lines.push('<graph edgedefault="directed">');
  g.forEachNode((n, a) =>
    lines.push(`<node id="${xml(n)}">${data("n", a as unknown as Record<string, unknown>)}</node>`),
  );
  g.forEachEdge((e, a, s, t) =>
    lines.push(
      `<edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}">${data("e", a as unknown as Record<string, unknown>)}</edge>`,
    ),
  );
  lines.push("</graph>", "</graphml>");
  return lines.join("\n");
}

/** One export of `g` in `format`; `base` names the file (e.g. "ningbo-view"). */
export function exportData(
  g: ExportGraph,
  format: DataFormat,
  base: string,
  meta: Record<string, string> = {},
): ExportFile {
  switch (format) {
    case "gexf":
      return {
        name: `${base}.gexf`,
        mime: "application/gexf+xml",
        text: writeGexfFile(g),
      };
    case "graphml":
      return { name: `${base}.graphml`, mime: "application/graphml+xml", text: writeGraphml(g) };
    case "csv-nodes":
      return { name: `${base}-nodes.csv`, mime: "text/csv", text: nodesCsv(toRecords(g).nodes) };
    case "csv-edges":
      return { name: `${base}-edges.csv`, mime: "text/csv", text: edgesCsv(toRecords(g).edges) };
    case "json":
      return {
        name: `${base}.json`,
        mime: "application/json",
        text: JSON.stringify({ ...meta, ...toRecords(g) }, null, 2),
      };
  }
}

/** Hands a file to the browser as a download. */
export function download(name: string, mime: string, body: string | Blob): void {
  const blob = typeof body === "string" ? new Blob([body], { type: `${mime};charset=utf-8` }) : body;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
