// Issue 6: the fund table, the fund-trace split, the co-investment projection, brokers, the
// institution-company links, comparison, ecosystem summary and data-quality classes on small graphs.
import { describe, expect, it } from "vitest";
import type { Evidence, GraphEdge, GraphNode, Subgraph } from "../../src/model/api.js";
import type { EntityType, RelationType } from "../../src/model/vocabulary.js";
import { compareEntities } from "../../src/web/insight/compare.js";
import { ecosystemSummary } from "../../src/web/insight/ecosystem.js";
import { fundTable, splitTrace } from "../../src/web/insight/funds.js";
import { brokers, coInvestment, institutionCompanyLinks } from "../../src/web/insight/lenses.js";
import { computeMetrics } from "../../src/web/insight/metrics.js";
import { coverage, edgeQuality, qualityCounts } from "../../src/web/insight/quality.js";

const ev = (doc: string, certainty: Evidence["certainty"] = "explicit", amount?: string): Evidence => ({
  doc,
  quote: "…",
  certainty,
  ...(amount ? { amount } : {}),
});
const node = (id: string, type: EntityType): GraphNode => ({
  id,
  type,
  subtype: "",
  name_zh: id,
  name_en: id,
  degree: 0,
});
const edge = (
  source: string,
  type: RelationType,
  target: string,
  evidence: Evidence[] = [ev("d1")],
): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  evidenceCount: evidence.length,
  evidence,
});

// Two funds set up by a city office (part of the city), both investing in c1; f1 also in c2; a bank invests in c2.
const sub: Subgraph = {
  truncated: false,
  nodes: [
    node("f1", "Fund"),
    node("f2", "Fund"),
    node("office", "Institution"),
    node("city", "Region"),
    node("bank", "Company"),
    node("c1", "Company"),
    node("c2", "Company"),
    node("park", "Park"),
    node("lab", "Institution"),
  ],
  edges: [
    edge("office", "ESTABLISHED", "f1", [ev("d1", "explicit", "50亿元")]),
    edge("office", "PART_OF", "city"),
    edge("bank", "MANAGES", "f2"),
    edge("f1", "INVESTED_IN", "c1", [ev("d1"), ev("d2")]),
    edge("f1", "INVESTED_IN", "c2"),
    edge("f2", "INVESTED_IN", "c1", [ev("d2", "implied")]),
    edge("bank", "INVESTED_IN", "c2"),
    edge("c1", "LOCATED_IN", "park"),
    edge("lab", "LOCATED_IN", "park"),
    edge("f1", "LOCATED_IN", "park"),
  ],
};

describe("fund table", () => {
  const rows = new Map(fundTable(sub).map((r) => [r.id, r]));
  it("lists founders, managers, their parents, stated size, investees and co-investors", () => {
    expect(rows.get("f1")).toMatchObject({
      founders: ["office"],
      managers: [],
      parents: ["city"],
      investees: ["c1", "c2"],
      sizes: [{ amount: "50亿元", doc: "d1", edge: "office|ESTABLISHED|f1" }],
    });
    expect(rows.get("f1")?.coInvestors).toEqual([
      { id: "f2", shared: ["c1"] },
      { id: "bank", shared: ["c2"] },
    ]);
    expect(rows.get("f2")).toMatchObject({
      founders: [],
      managers: ["bank"],
      investees: ["c1"],
      coInvestors: [{ id: "f1", shared: ["c1"] }],
    });
  });
  it("splits a trace into who stands behind (up) and where the money went (down)", () => {
    expect([...splitTrace(sub, "f1", "up").nodes].sort()).toEqual(["city", "f1", "office"]);
    const down = splitTrace(sub, "f1", "down");
    expect([...down.nodes].sort()).toEqual(["c1", "c2", "f1", "park"]);
    expect(down.edges.has("f1|LOCATED_IN|park")).toBe(false);
  });
});

describe("lenses", () => {
  it("co-investment links funds that share investees (and any investor when asked)", () => {
    expect(coInvestment(sub)).toEqual([{ a: "f1", b: "f2", shared: ["c1"] }]);
    expect(coInvestment(sub, false)).toHaveLength(2);
  });
  it("institution-company links need both to take part in a park, programme or event, not sit in it", () => {
    // lab and c1 only sit in the park: no link. lab takes part in the expo that c2 hosts: a link.
    expect(institutionCompanyLinks(sub)).toEqual([]);
    const withExpo: Subgraph = {
      truncated: false,
      nodes: [...sub.nodes, node("expo", "Event")],
      edges: [...sub.edges, edge("lab", "PARTICIPATES_IN", "expo"), edge("c2", "HOSTS", "expo")],
    };
    expect(institutionCompanyLinks(withExpo)).toEqual([{ institution: "lab", company: "c2", via: ["expo"] }]);
  });
  it("the body that set a fund up, or runs that body, is never the fund's co-investor", () => {
    // zone set up `fund`; committee manages zone; all three and another fund g invested in h.
    const zoneSub: Subgraph = {
      truncated: false,
      nodes: [
        node("fund", "Fund"),
        node("g", "Fund"),
        node("zone", "Park"),
        node("committee", "Institution"),
        node("h", "Company"),
      ],
      edges: [
        edge("zone", "ESTABLISHED", "fund"),
        edge("committee", "MANAGES", "zone"),
        edge("fund", "INVESTED_IN", "h"),
        edge("g", "INVESTED_IN", "h"),
        edge("zone", "INVESTED_IN", "h"),
        edge("committee", "INVESTED_IN", "h"),
      ],
    };
    expect(fundTable(zoneSub).find((r) => r.id === "fund")?.coInvestors).toEqual([
      { id: "g", shared: ["h"] },
    ]);
    expect(coInvestment(zoneSub, false).map((p) => `${p.a}+${p.b}`)).toEqual([
      "committee+g",
      "fund+g",
      "g+zone",
    ]);
  });
  it("brokers are ranked by betweenness and name the communities they bridge", () => {
    const metrics = computeMetrics({
      nodes: sub.nodes,
      edges: sub.edges.map((e) => ({ source: e.source, target: e.target, weight: e.evidence.length })),
    });
    const list = brokers(sub, metrics);
    // f1 sits between the city office, its two investees and the park: the strongest bridge here.
    expect(list[0]?.id).toBe("f1");
    expect(list.length).toBeGreaterThan(1);
    const community = (id: string) => metrics.nodes[id]?.community;
    for (const b of list) {
      const around = new Set(
        sub.edges.flatMap((e) => (e.source === b.id ? [e.target] : e.target === b.id ? [e.source] : [])),
      );
      const others = [...new Set([...around].map(community))].filter((c) => c !== community(b.id));
      expect([...b.bridged].sort(), b.id).toEqual(others.sort());
    }
    expect(list.map((b) => b.betweenness)).toEqual([...list.map((b) => b.betweenness)].sort((x, y) => y - x));
  });
  it("compare: common neighbours and each side's relations", () => {
    const c = compareEntities(sub, "f1", "f2");
    expect(c.common).toEqual(["c1"]);
    expect(c.relationsA).toHaveLength(4);
    expect(c.relationsB.map((e) => e.id).sort()).toEqual(["bank|MANAGES|f2", "f2|INVESTED_IN|c1"]);
  });
  it("ecosystem of a park: members, funds and partners", () => {
    expect(ecosystemSummary(sub, "park")).toEqual({
      id: "park",
      members: ["c1", "lab"],
      funds: ["f1"],
      partners: [],
    });
  });
});

describe("data quality", () => {
  it("classifies relations: 2+ documents, a single source, or only implied", () => {
    expect(edgeQuality([ev("d1"), ev("d2")])).toBe("multi");
    expect(edgeQuality([ev("d1"), ev("d1")])).toBe("single");
    expect(edgeQuality([ev("d2", "implied")])).toBe("implied");
    expect(edgeQuality([ev("d1", "implied"), ev("d2")])).toBe("multi");
    expect(qualityCounts(sub.edges.map((e) => e.evidence))).toEqual({ multi: 1, single: 8, implied: 1 });
  });
  it("coverage counts the documents that speak of each entity", () => {
    const cov = coverage(sub);
    expect(cov.get("c1")?.size).toBe(2);
    expect(cov.get("city")?.size).toBe(1);
  });
});
