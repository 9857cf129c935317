// Shared by both bench pages, so they are measured the same way: times every sigma render (first
// frame after navigation, CPU time per frame) and exposes the instance to the bench as window.__bench.
import Sigma from "sigma";

export interface BenchProbe {
  sigma?: Sigma;
  firstFrameMs?: number;
  renderMs: number[];
  expectedNodes: number;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

window.__bench = {
  renderMs: [],
  expectedNodes: Number(new URLSearchParams(location.search).get("n") ?? "1"),
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
  probe.renderMs.push(performance.now() - started);
  if (probe.firstFrameMs === undefined && this.getGraph().order >= probe.expectedNodes)
    probe.firstFrameMs = performance.now();
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
