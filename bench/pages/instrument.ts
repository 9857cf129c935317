// Shared by both bench pages, so they are measured the same way: times every sigma render (first
// frame after navigation, CPU time per frame), the expand-to-drawn time (from the moment an
// expansion's answer is handed to the page to the first frame that draws its nodes), long main-thread
// tasks, and exposes the instance to the bench as window.__bench.
import Sigma from "sigma";

/** Nodes an expand brings in (the API's default expand limit is of this order). */
const EXPAND_NODES = 100;

export interface BenchProbe {
  sigma?: Sigma;
  firstFrameMs?: number;
  renderMs: number[];
  expectedNodes: number;
  /** Set by the page: hands it one expansion's answer (EXPAND_NODES new nodes on node n0). */
  release?: () => void;
  expand?: { releasedAt: number; targetOrder: number; drawnAt?: number };
  /** Long tasks (over 50 ms): start time and duration, as the browser reports them. */
  longTasks: { start: number; ms: number }[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
    __startExpand: () => void;
  }
}

window.__bench = {
  renderMs: [],
  expectedNodes: Number(new URLSearchParams(location.search).get("n") ?? "1"),
  longTasks: [],
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    window.__bench.longTasks.push({ start: entry.startTime, ms: entry.duration });
}).observe({ type: "longtask", buffered: true });

window.__startExpand = () => {
  const probe = window.__bench;
  const order = probe.sigma?.getGraph().order ?? 0;
  probe.expand = { releasedAt: performance.now(), targetOrder: order + EXPAND_NODES };
  probe.release?.();
};

// Patching the prototype reaches the app's own Sigma too (one bundle, one class), without touching src/web.
// render() is private in sigma's types but an ordinary prototype method at run time.
const proto = Sigma.prototype as unknown as { render: (this: Sigma) => Sigma };
const render = proto.render;
proto.render = function (this: Sigma) {
  const started = performance.now();
  const out = render.call(this);
  const probe = window.__bench;
  probe.sigma = this;
  const now = performance.now();
  probe.renderMs.push(now - started);
  const order = this.getGraph().order;
  if (probe.firstFrameMs === undefined && order >= probe.expectedNodes) probe.firstFrameMs = now;
  if (probe.expand && probe.expand.drawnAt === undefined && order >= probe.expand.targetOrder)
    probe.expand.drawnAt = now;
  return out;
};

/** The bench graph (a Subgraph in the API's shape) served beside the page as graph-<n>.json. */
export async function fetchBenchGraph(): Promise<{
  nodes: { id: string; type: string; name_zh: string; degree: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
}> {
  const n = window.__bench.expectedNodes;
  return (await fetch(`./graph-${n}.json`)).json();
}

/** The expansion's answer: EXPAND_NODES new nodes, each linked to `anchor`. */
export function expansionOf(anchor: string): {
  nodes: { id: string; type: string; name_zh: string; degree: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
} {
  const nodes = Array.from({ length: EXPAND_NODES }, (_, i) => ({
    id: `x${i}`,
    type: "Company",
    name_zh: `新节点${i}`,
    degree: 1,
  }));
  const edges = nodes.map((n, i) => ({ id: `xe${i}`, source: anchor, target: n.id, type: "SUPPORTS" }));
  return { nodes, edges };
}
