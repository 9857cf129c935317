// The baseline page: the same graph in a plain graphology graph and a default Sigma, nothing else;
// also measures ForceAtlas2 in its worker (sigma attached) and synchronously (standalone).
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { expansionOf, fetchBenchGraph } from "./instrument.js";

const COLOURS = ["#4e79a7", "#e15759", "#f28e2b", "#59a14f", "#9c755f", "#b07aa1", "#76b7b2", "#edc948"];
const data = await fetchBenchGraph();
const graph = new Graph({ multi: true });
data.nodes.forEach((n, i) =>
  graph.addNode(n.id, {
    x: Math.cos(i) * Math.sqrt(i),
    y: Math.sin(i) * Math.sqrt(i),
    size: 2 + Math.log1p(n.degree),
    label: n.name_zh,
    color: COLOURS[i % COLOURS.length],
  }),
);
for (const e of data.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: "#ccc" });
new Sigma(graph, document.getElementById("c") as HTMLElement);
// The same expansion the app gets, added straight to the graph: sigma draws it on its next frame.
window.__bench.release = () => {
  const anchor = graph.getNodeAttributes("n0");
  const more = expansionOf("n0");
  more.nodes.forEach((n, i) =>
    graph.addNode(n.id, {
      x: anchor.x + Math.cos(i),
      y: anchor.y + Math.sin(i),
      size: 2,
      label: n.name_zh,
      color: COLOURS[i % COLOURS.length],
    }),
  );
  for (const e of more.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: "#ccc" });
};

/** FA2 iterations per second: in the worker for `ms` (each write-back is one iteration), then synchronously. */
async function measureFa2(ms: number): Promise<{ workerItPerSec: number; syncItPerSec: number }> {
  const settings = forceAtlas2.inferSettings(graph);
  let ticks = 0;
  const count = () => ticks++;
  graph.on("eachNodeAttributesUpdated", count);
  const layout = new FA2Layout(graph, { settings });
  layout.start();
  await new Promise((resolve) => setTimeout(resolve, ms));
  layout.kill();
  graph.off("eachNodeAttributesUpdated", count);
  const started = performance.now();
  let iterations = 0;
  while (performance.now() - started < ms / 2 || iterations < 2) {
    forceAtlas2.assign(graph, { iterations: 1, settings });
    iterations++;
  }
  return {
    workerItPerSec: ticks / (ms / 1000),
    syncItPerSec: iterations / ((performance.now() - started) / 1000),
  };
}
(window as unknown as { __fa2: typeof measureFa2 }).__fa2 = measureFa2;
