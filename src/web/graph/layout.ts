// Layout: ForceAtlas2 in a web worker for a bounded time, then noverlap; new nodes move, old ones stay.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ExplorerGraph } from "./attributes.js";

export interface LayoutSettings {
  /** How long the opening layout runs (ms). */
  fullMs: number;
  /** How long a partial layout (after an expansion) runs (ms). */
  partialMs: number;
  noverlapIterations: number;
}

export const DEFAULT_LAYOUT: LayoutSettings = { fullMs: 3000, partialMs: 800, noverlapIterations: 120 };

/** Checks layout settings; the error names the key and what it expects. */
export function validateLayoutSettings(s: LayoutSettings): LayoutSettings {
  for (const key of ["fullMs", "partialMs", "noverlapIterations"] as const) {
    const v = s[key];
    if (!Number.isFinite(v) || v < 0) throw new Error(`layout settings: "${key}" must be a number >= 0, got ${String(v)}`);
  }
  return s;
}

export interface LayoutRun {
  done: Promise<void>;
  /** Stops the worker at once (on unmount or when a newer run starts). */
  cancel(): void;
}

/**
 * Runs FA2 in a worker for `ms`, then noverlap. With `movable`, every other node is held fixed,
 * so an expansion settles its new nodes without re-laying-out the canvas.
 */
export function runLayout(graph: ExplorerGraph, ms: number, movable?: ReadonlySet<string>, settings = DEFAULT_LAYOUT): LayoutRun {
  if (graph.order === 0) return { done: Promise.resolve(), cancel: () => {} };
  if (movable) graph.forEachNode((n) => graph.setNodeAttribute(n, "fixed", !movable.has(n)));
  const supervisor = new FA2Layout(graph, {
    settings: {
      ...inferSettings(graph),
      barnesHutOptimize: graph.order > 150,
      // LinLog + dissuaded hubs: clusters separate and a city hub does not pull everything into a star.
      linLogMode: true,
      outboundAttractionDistribution: true,
      adjustSizes: false,
      scalingRatio: 10,
      gravity: 0.5,
      slowDown: 3,
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: () => void = () => {};
  const stop = (settle: boolean) => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    supervisor.stop();
    supervisor.kill();
    graph.forEachNode((n) => graph.removeNodeAttribute(n, "fixed"));
    if (settle) noverlap.assign(graph, { maxIterations: settings.noverlapIterations, settings: { margin: 3, ratio: 1.3 } });
    finish();
  };
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  supervisor.start();
  timer = setTimeout(() => stop(true), ms);
  return { done, cancel: () => stop(false) };
}
