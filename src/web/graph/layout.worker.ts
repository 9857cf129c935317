// Layout worker: ForceAtlas2 for a fixed number of iterations, then noverlap, off the main thread.
// A fixed iteration count (not a time budget) makes the same graph lay out the same way on a busy
// laptop and on a projector PC, which saved stories and screenshots rely on.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { LayoutRequest, LayoutResult } from "./layout-protocol.js";
import { separate } from "./separate.js";

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, iterations, noverlapIterations } = event.data;
  const graph = new Graph({ multi: true, type: "directed" });
  for (const n of nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, fixed: n.fixed });
  for (const [s, t] of edges) if (s !== t) graph.addEdge(s, t);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    // LinLog pulls each hub's own leaves in close around it, so the city hub and the high-tech
    // zone read as separate clusters instead of one starburst.
    linLogMode: true,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    scalingRatio: 8,
    gravity: 4,
    strongGravityMode: false,
    slowDown: 1,
  };
  forceAtlas2.assign(graph, { iterations, settings });
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
  self.postMessage({ positions } satisfies LayoutResult);
};
