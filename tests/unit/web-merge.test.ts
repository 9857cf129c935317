// Merging API subgraphs into the browser graph: origins, positions beside the parent, hub placeholders.
import { describe, expect, it } from "vitest";
import { OVERVIEW_ORIGIN } from "../../src/web/graph/attributes.js";
import { entityToSubgraph } from "../../src/web/graph/fromEntity.js";
import { createExplorerGraph, mergeSubgraph, newPage, nodeSize } from "../../src/web/graph/merge.js";
import { edge, node, sub } from "./web-fixtures.js";

describe("mergeSubgraph", () => {
  it("adds nodes and edges keyed by the API ids and reports only new nodes", () => {
    const g = createExplorerGraph();
    expect(
      mergeSubgraph(g, sub([node("a"), node("b")], [edge("a", "INVESTED_IN", "b")]), OVERVIEW_ORIGIN),
    ).toEqual(["a", "b"]);
    expect(g.hasEdge("a|INVESTED_IN|b")).toBe(true);
    const added = mergeSubgraph(
      g,
      sub([node("b"), node("c")], [edge("b", "MANAGES", "c"), edge("a", "INVESTED_IN", "b")]),
      "x~1~~~30",
      "b",
    );
    expect(added).toEqual(["c"]);
    expect(g.size).toBe(2);
    expect(g.getNodeAttribute("b", "origins")).toEqual([OVERVIEW_ORIGIN, "x~1~~~30"]);
    expect(g.getEdgeAttribute("a|INVESTED_IN|b", "origins")).toEqual([OVERVIEW_ORIGIN, "x~1~~~30"]);
  });
  it("keeps positions of existing nodes and starts new ones beside their parent", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("p")], []), OVERVIEW_ORIGIN);
    g.mergeNodeAttributes("p", { x: 1000, y: -500 });
    mergeSubgraph(g, sub([node("p"), node("q")], [edge("p", "INCUBATED", "q")]), "p~1~~~30", "p");
    expect(g.getNodeAttributes("p")).toMatchObject({ x: 1000, y: -500 });
    const q = g.getNodeAttributes("q");
    expect(Math.hypot(q.x - 1000, q.y + 500)).toBeLessThan(20);
  });
  it("skips edges whose ends are missing rather than throwing", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("a")], [edge("a", "FUNDS", "ghost")]), OVERVIEW_ORIGIN);
    expect(g.size).toBe(0);
  });
  it("adds one '+N more' placeholder per omitted type of a truncated expansion", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("hub")], []), OVERVIEW_ORIGIN);
    mergeSubgraph(
      g,
      sub([node("hub")], [], { truncated: true, omitted: { Company: 12, Fund: 3 } }),
      "hub~1~~~30",
      "hub",
    );
    expect(g.getNodeAttributes("more:hub:Company")).toMatchObject({
      kind: "more",
      moreCount: 12,
      moreLimit: 30,
      moreParent: "hub",
    });
    expect(g.hasNode("more:hub:Fund")).toBe(true);
  });
  it("a placeholder is its own kind, tied to no relation, and starts apart from its siblings", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("hub"), node("x")], [edge("hub", "SUPPLIES", "x")]), OVERVIEW_ORIGIN);
    mergeSubgraph(
      g,
      sub([node("hub")], [], { truncated: true, omitted: { Company: 12, Fund: 3, Park: 2 } }),
      "hub~2~~~30",
      "hub",
    );
    expect(g.size).toBe(1);
    const more = g.filterNodes((_n, a) => a.kind === "more");
    expect(more).toHaveLength(3);
    expect(g.getNodeAttribute("more:hub:Fund", "moreDepth")).toBe(2);
    const spots = new Set(
      more.map((n) => `${g.getNodeAttribute(n, "x").toFixed(1)},${g.getNodeAttribute(n, "y").toFixed(1)}`),
    );
    expect(spots.size).toBe(3);
  });
  it("a page of an expansion keeps the known nodes and at most `limit` new ones, counting the rest", () => {
    const g = createExplorerGraph();
    mergeSubgraph(g, sub([node("c"), node("k1"), node("k2")], []), OVERVIEW_ORIGIN);
    const answer = sub(
      [node("c"), node("k1"), node("n1", "Fund"), node("k2"), node("n2", "Fund"), node("n3", "Park")],
      [edge("c", "INVESTED_IN", "n1"), edge("c", "INVESTED_IN", "n3")],
      { truncated: true, omitted: { Park: 4 } },
    );
    const page = newPage(g, answer, 1, "c");
    expect(page.nodes.map((n) => n.id)).toEqual(["c", "k1", "n1", "k2"]);
    expect(page.edges.map((e) => e.target)).toEqual(["n1"]);
    expect(page.omitted).toEqual({ Park: 5, Fund: 1 });
    expect(newPage(g, answer, 3, "c")).toBe(answer);
  });
  it("sizes nodes by the square root of degree, within bounds", () => {
    expect(nodeSize(0)).toBe(3);
    expect(nodeSize(4)).toBeLessThan(nodeSize(16));
    expect(nodeSize(100000)).toBe(24);
  });
  it("turns an entity answer into a subgraph", () => {
    const s = entityToSubgraph({
      entity: { ...node("a"), aliases: [], description_en: "", pinyin: "", pinyin_initials: "" },
      relations: [{ source: "a", target: "b", type: "FUNDS", evidenceCount: 0, evidence: [] }],
      neighbours: [node("b")],
      documents: [],
    });
    expect(s.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(s.edges[0]?.id).toBe("a|FUNDS|b");
  });
});
