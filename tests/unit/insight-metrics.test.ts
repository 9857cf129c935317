// Issue 6: each metric wrapper on small graphs whose values are known by hand.
import { describe, expect, it } from "vitest";
import { computeMetrics, toMetricGraph } from "../../src/web/insight/metrics.js";
import type { MetricInput } from "../../src/web/insight/types.js";

const graphOf = (edges: [string, string, number?][]): MetricInput => {
  const ids = [...new Set(edges.flatMap(([a, b]) => [a, b]))];
  return {
    nodes: ids.map((id) => ({ id, type: "Company", name_zh: id.toUpperCase(), name_en: id })),
    edges: edges.map(([source, target, weight = 1]) => ({ source, target, weight })),
  };
};

describe("insight metrics", () => {
  it("star: the centre has degree n-1, leaves 1; the centre carries all betweenness and the top PageRank", () => {
    const m = computeMetrics(
      graphOf([
        ["c", "a"],
        ["c", "b"],
        ["c", "d"],
        ["c", "e"],
      ]),
    ).nodes;
    expect(m.c?.degree).toBe(4);
    for (const leaf of ["a", "b", "d", "e"]) {
      expect(m[leaf]?.degree).toBe(1);
      expect(m[leaf]?.betweenness).toBe(0);
      expect(m[leaf]?.pagerank).toBeLessThan(m.c?.pagerank ?? 0);
    }
    // normalised: every one of the C(4,2) = 6 leaf pairs passes through the centre, 6 / C(4,2) = 1
    expect(m.c?.betweenness).toBeCloseTo(1, 6);
  });

  it("path a-b-c-d-e: betweenness 0, 3, 4, 3, 0 pairs, normalised by C(4,2) = 6", () => {
    const m = computeMetrics(
      graphOf([
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "e"],
      ]),
    ).nodes;
    const bc = ["a", "b", "c", "d", "e"].map((n) => m[n]?.betweenness ?? NaN);
    expect(bc.map((x) => x * 6)).toEqual(
      [0, 3, 4, 3, 0].map((x) => expect.closeTo(x, 6) as unknown as number),
    );
    const pr = ["a", "b", "c", "d", "e"].reduce((s, n) => s + (m[n]?.pagerank ?? 0), 0);
    expect(pr).toBeCloseTo(1, 6);
  });

  it("weighted degree sums evidence counts; parallel and opposite relations merge into one edge", () => {
    const input = graphOf([
      ["a", "b", 2],
      ["b", "a", 3],
      ["a", "c", 1],
      ["a", "a", 5],
    ]);
    expect(toMetricGraph(input).size).toBe(2);
    const m = computeMetrics(input).nodes;
    expect(m.a?.degree).toBe(2);
    expect(m.a?.weightedDegree).toBe(6);
    expect(m.b?.weightedDegree).toBe(5);
  });

  it("two 4-cliques joined by one bridge: two Louvain communities, named by their central members", () => {
    const clique = (p: string) => {
      const ids = [1, 2, 3, 4].map((i) => `${p}${i}`);
      return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
    };
    const r = computeMetrics(graphOf([...clique("x"), ...clique("y"), ["x1", "y1"]]));
    expect(r.communities).toHaveLength(2);
    const cx = r.nodes.x2?.community;
    for (const n of ["x1", "x3", "x4"]) expect(r.nodes[n]?.community).toBe(cx);
    for (const n of ["y1", "y2", "y3", "y4"]) expect(r.nodes[n]?.community).not.toBe(cx);
    // the bridge ends are the most central members, so they lead their community's name
    expect(r.communities.map((c) => c.leaders[0]).sort()).toEqual(["x1", "y1"]);
    expect(r.communities.find((c) => c.leaders[0] === "x1")?.name).toMatch(/^X1 · X\d$/);
    expect(r.modularity).toBeGreaterThan(0.3);
  });

  it("an empty graph gives empty metrics; an edgeless one gives each node its own community", () => {
    expect(computeMetrics({ nodes: [], edges: [] }).communities).toEqual([]);
    const r = computeMetrics({
      nodes: [
        { id: "a", type: "Fund", name_zh: "", name_en: "A" },
        { id: "b", type: "Fund", name_zh: "", name_en: "B" },
      ],
      edges: [],
    });
    expect(Object.keys(r.nodes)).toHaveLength(2);
    expect(r.communities).toHaveLength(2);
  });
});
