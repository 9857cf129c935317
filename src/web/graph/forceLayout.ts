// The layout itself (the worker runs it; bench/hub-layout.ts measures its options): ForceAtlas2 for a fixed
// number of iterations, then noverlap, then a label-aware pass for partial layouts. Pure and deterministic.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { LayoutRequest, LayoutResult } from "./layout-protocol.js";
import { separate } from "./separate.js";

/** The ways of keeping one hub from swallowing the picture that docs/hub-layout.md compares. */
export interface HubOptions {
  /** LinLog attraction: each hub's own leaves gather close around it. */
  linLog: boolean;
  /** Divide a hub's attraction by its degree (FA2's "dissuade hubs"), so hubs move to the edge. */
  outboundAttractionDistribution: boolean;
  /** Weight each edge by 1/sqrt(the larger end degree), so a hub's many edges pull less. */
  weightHubEdgesDown: boolean;
  /** Hold the nodes with at least this degree apart on a ring while the rest lays out (0 = off). */
  pinHubsFrom: number;
}

/** What the explorer uses (the comparison in docs/hub-layout.md chose it). */
export const HUB_OPTIONS: HubOptions = {
  linLog: true,
  outboundAttractionDistribution: false,
  weightHubEdgesDown: false,
  pinHubsFrom: 30,
};

export function computeLayout(req: LayoutRequest, hub: HubOptions = HUB_OPTIONS): LayoutResult["positions"] {
  const { nodes, edges, iterations, noverlapIterations } = req;
  const graph = new Graph({ multi: true, type: "directed" });
  for (const n of nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, fixed: n.fixed });
  for (const [s, t] of edges)
    if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.addEdge(s, t, { weight: 1 });
  if (hub.weightHubEdgesDown)
    graph.forEachEdge((e, _a, s, t) =>
      graph.setEdgeAttribute(e, "weight", 1 / Math.sqrt(Math.max(1, graph.degree(s), graph.degree(t)))),
    );
  const free = nodes.every((n) => !n.fixed);
  if (hub.pinHubsFrom > 0 && free) {
    const hubs = graph.filterNodes((n) => graph.degree(n) >= hub.pinHubsFrom);
    const spread = 30 * Math.sqrt(graph.order);
    hubs.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, hubs.length);
      graph.mergeNodeAttributes(n, {
        x: hubs.length === 1 ? 0 : spread * Math.cos(angle),
        y: hubs.length === 1 ? 0 : spread * Math.sin(angle),
        fixed: true,
      });
    });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    linLogMode: hub.linLog,
    outboundAttractionDistribution: hub.outboundAttractionDistribution,
    edgeWeightInfluence: hub.weightHubEdgesDown ? 1 : 0,
    adjustSizes: false,
    scalingRatio: 8,
    gravity: 4,
    strongGravityMode: false,
    slowDown: 1,
  };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  if (noverlapIterations > 0) {
    noverlap.assign(graph, { maxIterations: noverlapIterations, settings: { margin: 6, ratio: 1.6 } });
  }
  // noverlap moves fixed nodes too and ignores labels: put the fixed ones back, then move only the new ones
  // off whatever node or label they landed on.
  if (nodes.some((n) => n.fixed)) {
    const sep = nodes.map((n) => {
      const a = graph.getNodeAttributes(n.id);
      return {
        x: n.fixed ? n.x : (a.x as number),
        y: n.fixed ? n.y : (a.y as number),
        r: n.size * 1.6,
        labelW: n.labelW,
        fixed: n.fixed,
      };
    });
    separate(sep, { margin: 6, maxIterations: 60 });
    nodes.forEach((n, i) => graph.mergeNodeAttributes(n.id, { x: sep[i]!.x, y: sep[i]!.y }));
  }
  const positions: LayoutResult["positions"] = [];
  graph.forEachNode((id, a) => positions.push([id, a.x as number, a.y as number]));
  return positions;
}
