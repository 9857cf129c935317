// Filters, the funds lens, the time filter and focus decide what shows, without touching the graph.
import { describe, expect, it } from "vitest";
import { summariseEdge, type GraphEdge } from "../../src/model/api.js";
import { OVERVIEW_ORIGIN } from "../../src/web/graph/attributes.js";
import { createExplorerGraph, mergeSubgraph } from "../../src/web/graph/merge.js";
import { computeVisible } from "../../src/web/graph/visibility.js";
import { DEFAULT_VIEW, type ViewState } from "../../src/web/state/types.js";
import { edge, node, sub } from "./web-fixtures.js";

// gov ESTABLISHED fund; mgr MANAGES fund; fund INVESTED_IN co; vc INVESTED_IN co; co LOCATED_IN park; uni COLLABORATES_WITH co.
function world() {
  const g = createExplorerGraph();
  mergeSubgraph(
    g,
    sub(
      [
        node("gov", "Institution"),
        node("fund", "Fund"),
        node("mgr", "Company"),
        node("co", "Company"),
        node("vc", "Company"),
        node("park", "Park"),
        node("uni", "Institution"),
      ],
      [
        edge("gov", "ESTABLISHED", "fund", "d2"),
        edge("mgr", "MANAGES", "fund", "d2"),
        edge("fund", "INVESTED_IN", "co", "d2"),
        edge("vc", "INVESTED_IN", "co", "d1"),
        edge("co", "LOCATED_IN", "park", "d1"),
        edge("uni", "COLLABORATES_WITH", "co", "d1", "2020-01-01"),
      ],
    ),
    OVERVIEW_ORIGIN,
  );
  return g;
}
const dates = new Map([
  ["d1", "2022-09-30"],
  ["d2", "2024-10-31"],
]);
const show = (patch: Partial<ViewState>, filters: Partial<ViewState["filters"]> = {}) => {
  const v = computeVisible(
    world(),
    { ...DEFAULT_VIEW, ...patch, filters: { ...DEFAULT_VIEW.filters, ...filters } },
    dates,
  );
  return [...v.nodes].sort();
};

describe("visibility", () => {
  it("shows the whole overview by default", () => {
    expect(show({})).toHaveLength(7);
  });
  it("hides removed nodes and hidden entity types", () => {
    expect(show({ removed: ["co"] })).not.toContain("co");
    expect(show({}, { hiddenTypes: ["Institution"] })).toEqual(["co", "fund", "mgr", "park", "vc"]);
  });
  it("the funds lens keeps funds, founders, managers, investees and co-investors", () => {
    expect(show({}, { lens: "funds" })).toEqual(["co", "fund", "gov", "mgr", "vc"]);
  });
  it("the time filter drops relations first evidenced after the date (stated date beats document date)", () => {
    expect(show({}, { asOf: "2023-01-01" })).toEqual(["co", "park", "uni", "vc"]);
    expect(show({}, { asOf: "2021-01-01" })).toEqual(["co", "uni"]);
  });
  it("hiding a document hides what only it supports", () => {
    expect(show({}, { hiddenDocs: ["d1"] })).toEqual(["co", "fund", "gov", "mgr"]);
  });
  it("focus keeps the k-hop neighbourhood of the selection", () => {
    expect(show({ selected: "gov", focus: 1 })).toEqual(["fund", "gov"]);
    expect(show({ selected: "gov", focus: 2 })).toEqual(["co", "fund", "gov", "mgr"]);
  });
  it("a path shown under focus keeps its start, even outside the focus", () => {
    const g = world();
    mergeSubgraph(
      g,
      sub([node("uni"), node("co"), node("fund")], [edge("uni", "COLLABORATES_WITH", "co", "d1")]),
      "path:uni,fund",
    );
    const view = { ...DEFAULT_VIEW, selected: "gov", focus: 1, path: { from: "uni", to: "fund" } };
    expect([...computeVisible(g, view, dates).nodes].sort()).toEqual(["co", "fund", "gov", "uni"]);
  });
  it("opens without Regions and Programmes, but what is asked for by name shows through the type filter", () => {
    const g = world();
    mergeSubgraph(
      g,
      sub([node("city", "Region"), node("plan", "Program")], [edge("city", "SUPPORTS", "co", "d1")]),
      OVERVIEW_ORIGIN,
    );
    mergeSubgraph(g, sub([node("uni"), node("city", "Region"), node("co")], []), "path:uni,co");
    const seen = (patch: Partial<ViewState>) => [
      ...computeVisible(g, { ...DEFAULT_VIEW, ...patch }, dates).nodes,
    ];
    expect(seen({})).not.toContain("city");
    expect(seen({})).not.toContain("plan");
    expect(seen({ selected: "plan" })).toContain("plan");
    expect(seen({ path: { from: "uni", to: "co" } })).toContain("city");
    expect(seen({ path: { from: "uni", to: "co" } })).not.toContain("plan");
  });
  it("nodes of an expansion show only while it is open", () => {
    const g = world();
    mergeSubgraph(g, sub([node("co"), node("new")], [edge("co", "SUPPLIES", "new")]), "co~1~~~30", "co");
    const base = { ...DEFAULT_VIEW };
    expect(computeVisible(g, base, dates).nodes.has("new")).toBe(false);
    const open = {
      ...base,
      expansions: [{ id: "co", depth: 1 as const, relTypes: [], types: [], limit: 30 }],
    };
    expect(computeVisible(g, open, dates).nodes.has("new")).toBe(true);
  });
  describe("an edge summarised to its first evidence is judged by every piece", () => {
    // co SUPPLIES buyer: first stated in d1 (late, stated date), then in d2 (an earlier document date).
    const full: GraphEdge = {
      ...edge("co", "SUPPLIES", "buyer", "d1", "2025-06-01"),
      evidenceCount: 2,
      evidence: [
        { doc: "d1", quote: "co supplies buyer", certainty: "explicit", date: "2025-06-01" },
        { doc: "d2", quote: "buyer buys from co", certainty: "implied" },
      ],
    };
    const visibleEdges = (e: GraphEdge, filters: Partial<ViewState["filters"]>) => {
      const g = createExplorerGraph();
      mergeSubgraph(g, sub([node("co"), node("buyer")], [e]), OVERVIEW_ORIGIN);
      const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, ...filters } };
      return [...computeVisible(g, view, dates).edges];
    };
    const summarised = summariseEdge(full);
    it.each([
      [{ hiddenDocs: ["d1"] }, [full.id]],
      [{ hiddenDocs: ["d1", "d2"] }, []],
      [{ hiddenCertainty: ["explicit" as const] }, [full.id]],
      [{ asOf: "2025-01-01" }, [full.id]],
      [{ asOf: "2024-01-01" }, []],
    ])("under %j", (filters, expected) => {
      expect(summarised.evidence).toHaveLength(1);
      expect(visibleEdges(summarised, filters)).toEqual(expected);
      // The full evidence (offline snapshot, entity answers) gives the same answer.
      expect(visibleEdges(full, filters)).toEqual(expected);
    });
    it("an edge with one piece carries no copy of its facet, and is judged by that piece", () => {
      const single: GraphEdge = { ...full, evidenceCount: 1, evidence: [full.evidence[0]!] };
      const one = summariseEdge(single);
      expect(one).not.toHaveProperty("facets");
      expect(visibleEdges(one, {})).toEqual([full.id]);
      expect(visibleEdges(one, { hiddenDocs: ["d1"] })).toEqual([]);
      expect(visibleEdges(one, { asOf: "2025-01-01" })).toEqual([]);
    });
  });
});
