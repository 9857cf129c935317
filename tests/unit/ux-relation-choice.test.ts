// Issue 5 (UX review): the expand controls' relation-type choice and the edge hover card's content.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttrs, NodeAttrs } from "../../src/web/graph/attributes.js";
import { edgeTip } from "../../src/web/ux/edgeTip.js";
import { relationCounts, toggleRelation } from "../../src/web/ux/relationChoice.js";

describe("relation choice", () => {
  it("toggles a type in and out, in the vocabulary's order", () => {
    expect(toggleRelation(["LOCATED_IN"], "INVESTED_IN")).toEqual(["INVESTED_IN", "LOCATED_IN"]);
    expect(toggleRelation(["INVESTED_IN", "LOCATED_IN"], "INVESTED_IN")).toEqual(["LOCATED_IN"]);
  });
  it("counts an entity's relation types, most frequent first", () => {
    expect(
      relationCounts([{ type: "LOCATED_IN" }, { type: "INVESTED_IN" }, { type: "INVESTED_IN" }]),
    ).toEqual([
      ["INVESTED_IN", 2],
      ["LOCATED_IN", 1],
    ]);
  });
});

describe("edgeTip", () => {
  const node = (name_zh: string, name_en: string): NodeAttrs => ({
    x: 0,
    y: 0,
    size: 5,
    color: "#000",
    label: name_zh,
    kind: "entity",
    etype: "Company",
    subtype: "",
    name_zh,
    name_en,
    degree: 1,
    origins: [],
  });
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  graph.addNode("fund", node("科创投资母基金", "Sci-Tech Fund of Funds"));
  graph.addNode("horizon", node("地平线", "Horizon Robotics"));
  graph.addEdgeWithKey("e", "fund", "horizon", {
    type: "arrow",
    rtype: "INVESTED_IN",
    origins: [],
    size: 1,
    color: "#f80",
    curvature: 0,
    // As graph answers carry it: the first piece of evidence, and how many there are.
    evidence: [{ doc: "d1", quote: "投资地平线", certainty: "explicit" }],
    evidenceCount: 2,
    facets: [
      { doc: "d1", certainty: "explicit" },
      { doc: "d2", certainty: "explicit" },
    ],
  });
  it("names both ends in the chosen language and gives the first quote", () => {
    expect(edgeTip(graph, "e", "en")).toEqual({
      rtype: "INVESTED_IN",
      source: "Sci-Tech Fund of Funds",
      target: "Horizon Robotics",
      quote: "投资地平线",
      doc: "d1",
      certainty: "explicit",
      more: 1,
    });
    expect(edgeTip(graph, "e", "zh").source).toBe("科创投资母基金");
  });
});
