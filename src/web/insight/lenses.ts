// Ecosystem lenses beyond generic metrics: the co-investment network, brokers between communities,
// and institution-company links that run through a park or a program.
import type { Subgraph } from "../../model/api.js";
import { indexSubgraph, otherEnd, unique } from "./index.js";
import type { MetricResult } from "./types.js";

export interface CoInvestment {
  a: string;
  b: string;
  /** Investees both invested in. */
  shared: string[];
}

/**
 * Projects investors onto each other: two investors are linked when they invested in the same entity.
 * By default only funds count as investors (the "funds linked by shared investees").
 */
export function coInvestment(sub: Pick<Subgraph, "nodes" | "edges">, fundsOnly = true): CoInvestment[] {
  const ix = indexSubgraph(sub);
  const isInvestor = (id: string) => !fundsOnly || ix.nodes.get(id)?.type === "Fund";
  const byInvestee = new Map<string, string[]>();
  for (const e of sub.edges)
    if (e.type === "INVESTED_IN" && isInvestor(e.source))
      byInvestee.set(e.target, unique([...(byInvestee.get(e.target) ?? []), e.source]));
  const pairs = new Map<string, CoInvestment>();
  for (const [investee, investors] of byInvestee) {
    const sorted = [...investors].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] ?? "";
        const b = sorted[j] ?? "";
        const key = `${a}|${b}`;
        const p = pairs.get(key) ?? { a, b, shared: [] };
        p.shared.push(investee);
        pairs.set(key, p);
      }
  }
  return [...pairs.values()].sort((x, y) => y.shared.length - x.shared.length || x.a.localeCompare(y.a));
}

export interface Broker {
  id: string;
  betweenness: number;
  /** Communities among the broker's neighbours other than its own. */
  bridged: number[];
}

/** Nodes whose neighbours sit in other communities than their own, ranked by betweenness. */
export function brokers(sub: Pick<Subgraph, "nodes" | "edges">, metrics: MetricResult, limit = 20): Broker[] {
  const ix = indexSubgraph(sub);
  const out: Broker[] = [];
  for (const [id, m] of Object.entries(metrics.nodes)) {
    const bridged = unique(
      ix
        .touching(id)
        .map((e) => metrics.nodes[otherEnd(e, id)]?.community)
        .filter((c): c is number => c !== undefined && c !== m.community),
    );
    if (bridged.length > 0 && m.betweenness > 0)
      out.push({ id, betweenness: m.betweenness, bridged: bridged.sort((a, b) => a - b) });
  }
  return out.sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id)).slice(0, limit);
}

export interface ViaLink {
  institution: string;
  company: string;
  /** The parks and programs both are tied to. */
  via: string[];
}

/** Institution-company pairs that share a park or a program (any relation to it, either direction). */
export function institutionCompanyLinks(sub: Pick<Subgraph, "nodes" | "edges">): ViaLink[] {
  const ix = indexSubgraph(sub);
  const pairs = new Map<string, ViaLink>();
  for (const hub of sub.nodes) {
    if (hub.type !== "Park" && hub.type !== "Program") continue;
    const around = unique(ix.touching(hub.id).map((e) => otherEnd(e, hub.id)));
    const insts = around.filter((id) => ix.nodes.get(id)?.type === "Institution");
    const comps = around.filter((id) => ix.nodes.get(id)?.type === "Company");
    for (const institution of insts)
      for (const company of comps) {
        const key = `${institution}|${company}`;
        const link = pairs.get(key) ?? { institution, company, via: [] };
        link.via.push(hub.id);
        pairs.set(key, link);
      }
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.via.length - a.via.length ||
      a.institution.localeCompare(b.institution) ||
      a.company.localeCompare(b.company),
  );
}
