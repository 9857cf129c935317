// Ecosystem lenses beyond generic metrics: the co-investment network, brokers between communities,
// and institution-company pairs that take part in the same park, programme or event.
import type { Subgraph } from "../../model/api.js";
import { INVESTMENT_RELATIONS, areCoInvestors } from "../../model/fund-trace.js";
import type { EntityType, RelationType } from "../../model/vocabulary.js";
import { standsBehindIn } from "./funds.js";
import { insightGraph, otherEnd, touching, typeOf, unique } from "./index.js";
import type { MetricResult } from "./types.js";

export interface CoInvestment {
  a: string;
  b: string;
  /** Investees both invested in. */
  shared: string[];
}

/**
 * Projects investors onto each other: two investors are linked when they are co-investors in the
 * sense of src/model/fund-trace.ts (money into the same investee, neither standing behind the other).
 * By default only funds count as investors (the "funds linked by shared investees").
 */
export function coInvestment(sub: Pick<Subgraph, "nodes" | "edges">, fundsOnly = true): CoInvestment[] {
  const g = insightGraph(sub);
  const standsBehind = standsBehindIn(g);
  const isInvestor = (id: string) => !fundsOnly || typeOf(g, id) === "Fund";
  const byInvestee = new Map<string, string[]>();
  for (const e of sub.edges)
    if ((INVESTMENT_RELATIONS as readonly string[]).includes(e.type) && isInvestor(e.source))
      byInvestee.set(e.target, unique([...(byInvestee.get(e.target) ?? []), e.source]));
  const pairs = new Map<string, CoInvestment>();
  for (const [investee, investors] of byInvestee) {
    const sorted = [...investors].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] ?? "";
        const b = sorted[j] ?? "";
        if (!areCoInvestors(a, b, standsBehind)) continue;
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
  const g = insightGraph(sub);
  const out: Broker[] = [];
  for (const [id, m] of Object.entries(metrics.nodes)) {
    const bridged = unique(
      touching(g, id)
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
  /** The parks, programmes and events both take part in. */
  via: string[];
}

/** Places where an institution and a company can meet. */
const MEETING_PLACES: readonly EntityType[] = ["Park", "Program", "Event"];
/**
 * Relations by which an entity takes part in a park, programme or event. Sitting in the same zone
 * (LOCATED_IN), or being managed, supported or funded by it, says nothing about two members: through
 * 宁波高新技术产业开发区 it would pair every institution with every company.
 */
const TAKES_PART: readonly RelationType[] = ["PARTICIPATES_IN", "LEADS", "HOSTS", "COLLABORATES_WITH"];

/** Institution-company pairs that take part in the same park, programme or event. */
export function institutionCompanyLinks(sub: Pick<Subgraph, "nodes" | "edges">): ViaLink[] {
  const g = insightGraph(sub);
  const pairs = new Map<string, ViaLink>();
  for (const hub of sub.nodes) {
    if (!MEETING_PLACES.includes(hub.type)) continue;
    const members = unique(
      touching(g, hub.id)
        .filter((e) => TAKES_PART.includes(e.type) && (e.target === hub.id || e.type === "COLLABORATES_WITH"))
        .map((e) => otherEnd(e, hub.id)),
    );
    const insts = members.filter((id) => typeOf(g, id) === "Institution");
    const comps = members.filter((id) => typeOf(g, id) === "Company");
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
