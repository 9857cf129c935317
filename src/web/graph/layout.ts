// Layout: ForceAtlas2 then noverlap in a web worker (layout.worker.ts); new nodes move, old ones stay.
import type { ExplorerGraph } from "./attributes.js";
import type { LayoutRequest, LayoutResult } from "./layout-protocol.js";
// A "+N" placeholder is drawn as "+N <type name>" (sigma/reducers.ts): 60 units leave room for the name.
import { labelWidth } from "./separate.js";

export interface LayoutSettings {
  /** FA2 iterations of the opening layout (scaled down for large graphs, see iterationsFor). */
  fullIterations: number;
  /** FA2 iterations after an expansion, with every older node held fixed. */
  partialIterations: number;
  noverlapIterations: number;
}

export const DEFAULT_LAYOUT: LayoutSettings = {
  fullIterations: 600,
  partialIterations: 200,
  noverlapIterations: 150,
};

/**
 * Iterations for a graph of `order` nodes: the full count for small graphs, fewer for large ones,
 * so that a 10^5-node graph still lays out in seconds rather than minutes.
 */
function iterationsFor(order: number, wanted: number): number {
  const budget = Math.round(300_000 / Math.max(1, order));
  return Math.max(Math.min(wanted, 20), Math.min(wanted, budget));
}

/** What the worker is asked to lay out: every node (with `movable`, all others held fixed) and edge. */
export function layoutRequest(
  graph: ExplorerGraph,
  iterations: number,
  movable?: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): LayoutRequest {
  const kept = (id: string) => !only || only.has(id);
  return {
    nodes: graph.filterNodes(kept).map((id) => ({
      ...nodeInput(graph, id),
      fixed: movable ? !movable.has(id) : false,
    })),
    // A placeholder has no relation to its hub; a virtual spring keeps it beside the hub all the same.
    edges: [
      ...graph
        .filterEdges((_e, _a, s, t) => kept(s) && kept(t))
        .map((e) => [graph.source(e), graph.target(e)] as [string, string]),
      ...graph
        .filterNodes((n, a) => kept(n) && a.kind === "more" && !!a.moreParent && kept(a.moreParent))
        .filter((n) => graph.hasNode(graph.getNodeAttribute(n, "moreParent")!))
        .map((n) => [graph.getNodeAttribute(n, "moreParent")!, n] as [string, string]),
    ],
    iterations: iterationsFor(only?.size ?? graph.order, iterations),
    noverlapIterations: iterationsFor(only?.size ?? graph.order, DEFAULT_LAYOUT.noverlapIterations),
  };
}

function nodeInput(graph: ExplorerGraph, id: string) {
  const a = graph.getNodeAttributes(id);
  return {
    id,
    x: a.x,
    y: a.y,
    size: a.size ?? 1,
    labelW: a.kind === "more" ? labelWidth(`+${a.moreCount ?? 0}`) + 60 : labelWidth(a.label),
  };
}

let running = 0;

/** How many layouts are under way (the e2e hooks wait for none before reading what is drawn). */
export const layoutsRunning = (): number => running;

export interface LayoutRun {
  done: Promise<void>;
  /** Stops the worker at once (on unmount or when a newer run starts); positions stay as they were. */
  cancel(): void;
}

/**
 * Lays the graph out in a worker and writes the positions back once, when it finishes. With
 * `movable`, every other node is held fixed, so an expansion settles its new nodes without
 * re-laying-out the canvas; with `only`, the other nodes are left out altogether (hidden types).
 */
export function runLayout(
  graph: ExplorerGraph,
  iterations: number,
  movable?: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): LayoutRun {
  const request = layoutRequest(graph, iterations, movable, only);
  if (request.nodes.length === 0) return { done: Promise.resolve(), cancel: () => {} };
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let live = true;
  running++;
  const end = () => {
    if (live) running--;
    live = false;
    worker.terminate();
    finish();
  };
  worker.onmessage = (event: MessageEvent<LayoutResult>) => {
    if (!live) return;
    for (const [id, x, y] of event.data.positions)
      if (graph.hasNode(id)) graph.mergeNodeAttributes(id, { x, y });
    end();
  };
  worker.onerror = (event) => {
    console.warn("explorer: layout worker failed:", event.message);
    end();
  };
  worker.postMessage(request);
  return { done, cancel: end };
}
