// Layout worker: ForceAtlas2 for a fixed number of iterations, then noverlap, off the main thread.
// A fixed iteration count (not a time budget) makes the same graph lay out the same way on a busy
// laptop and on a projector PC, which saved stories and screenshots rely on.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { LayoutRequest, LayoutResult } from "./layout-protocol.js";

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
  const positions: LayoutResult["positions"] = [];
  graph.forEachNode((id, a) => positions.push([id, a.x as number, a.y as number]));
  self.postMessage({ positions } satisfies LayoutResult);
};
