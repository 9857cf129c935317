// Parallel edges between one pair spread into distinct curves; lone edges stay straight.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignCurvatures, parallelCurvatures } from "../../src/web/graph/curvature.js";
import { createExplorerGraph, mergeSubgraph } from "../../src/web/graph/merge.js";
import { edge, node, sub } from "./web-fixtures.js";

describe("parallel-edge curvature", () => {
  it("a lone edge is straight", () => {
    expect(parallelCurvatures([{ key: "e", source: "a", target: "b" }]).get("e")).toBe(0);
  });
  it("n edges between a pair get n distinct curves in the pair's frame, whatever their direction", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), (dirs) => {
        const edges = dirs.map((forward, i) => ({
          key: `e${i}`,
          source: forward ? "a" : "b",
          target: forward ? "b" : "a",
        }));
        const c = parallelCurvatures(edges);
        // In a→b's frame, an edge drawn b→a bends the other way, so undo its sign before comparing.
        const inFrame = edges.map((e) => (e.source === "a" ? 1 : -1) * c.get(e.key)!);
        expect(new Set(inFrame).size).toBe(edges.length);
        expect(inFrame.reduce((s, x) => s + x, 0)).toBeCloseTo(0);
      }),
    );
  });
  it("picks curved programs only for parallel edges and keeps arrows off undirected ones", () => {
    const g = createExplorerGraph();
    mergeSubgraph(
      g,
      sub(
        [node("a"), node("b"), node("c")],
        [edge("a", "INVESTED_IN", "b"), edge("a", "COLLABORATES_WITH", "b"), edge("b", "MANAGES", "c")],
      ),
      "overview",
    );
    assignCurvatures(g);
    expect(g.getEdgeAttribute("b|MANAGES|c", "type")).toBe("arrow");
    expect(g.getEdgeAttribute("a|INVESTED_IN|b", "type")).toBe("curvedArrow");
    expect(g.getEdgeAttribute("a|COLLABORATES_WITH|b", "type")).toBe("curved");
  });
  it("a merge curves only the edges it made parallel: lone edges stay straight (the per-pair update, issue 15)", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("a"), node("b"), node("c")], [edge("b", "MANAGES", "c")]), "overview");
    mergeSubgraph(
      g,
      sub([node("a"), node("b")], [edge("a", "INVESTED_IN", "b"), edge("b", "COLLABORATES_WITH", "a")]),
      "a~1~~~30",
      "a",
    );
    expect(g.getEdgeAttributes("b|MANAGES|c")).toMatchObject({ type: "arrow", curvature: 0 });
    const bends = ["a|INVESTED_IN|b", "b|COLLABORATES_WITH|a"].map((e) => g.getEdgeAttribute(e, "curvature"));
    expect(bends.map(Math.abs)).toEqual([0.25, 0.25]);
    expect(g.getEdgeAttribute("a|INVESTED_IN|b", "type")).toBe("curvedArrow");
    expect(g.getEdgeAttribute("b|COLLABORATES_WITH|a", "type")).toBe("curved");
  });
});
