// Curvature for parallel edges, so several relations between the same two entities each show.

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** Spacing between neighbouring parallel edges (0.25 is @sigma/edge-curve's default curvature). */
const CURVATURE_STEP = 0.25;

/**
 * Curvature per edge: 0 for a lone edge; for n edges between one pair, values spread symmetrically
 * around 0 (n odd keeps one straight). The sign follows the pair's canonical order, so A→B and B→A
 * land on opposite sides instead of overlapping.
 */
export function parallelCurvatures(edges: readonly EdgeEnds[]): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const e of edges) {
    const pair = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const g = groups.get(pair);
    if (g) g.push(e);
    else groups.set(pair, [e]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    const n = group.length;
    group.forEach((e, i) => {
      const offset = i - (n - 1) / 2;
      const sign = e.source <= e.target ? 1 : -1;
      out.set(e.key, n === 1 ? 0 : sign * offset * CURVATURE_STEP * 2);
    });
  }
  return out;
}

interface CurvableGraph {
  forEachEdge(
    cb: (key: string, attrs: { rtype: string; type: string }, source: string, target: string) => void,
  ): void;
  mergeEdgeAttributes(
    key: string,
    attrs: { curvature: number; type: "arrow" | "line" | "curvedArrow" | "curved" },
  ): void;
}

/** Sets `curvature` on every edge and picks the curved program where it is not 0. */
export function assignCurvatures(graph: CurvableGraph): void {
  const ends: EdgeEnds[] = [];
  const arrowed = new Map<string, boolean>();
  graph.forEachEdge((key, attrs, source, target) => {
    ends.push({ key, source, target });
    arrowed.set(key, attrs.type === "arrow" || attrs.type === "curvedArrow");
  });
  for (const [key, curvature] of parallelCurvatures(ends)) {
    const arrow = arrowed.get(key) ?? true;
    const type = curvature === 0 ? (arrow ? "arrow" : "line") : arrow ? "curvedArrow" : "curved";
    graph.mergeEdgeAttributes(key, { curvature, type });
  }
}
