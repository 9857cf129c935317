// The fund table: for every fund, who set it up and runs it (with their parents), its stated size,
// what it invested in, and who invested beside it. Pure, over the whole graph; what the trace follows
// and what co-investment means come from src/model/fund-trace.ts.
import type { Subgraph } from "../../model/api.js";
import {
  INVESTMENT_RELATIONS,
  SPONSOR_RELATIONS,
  areCoInvestors,
  traceReach,
  type TraceDirection,
} from "../../model/fund-trace.js";
import { inOf, insightGraph, outOf, touching, unique, type InsightGraph } from "./index.js";

interface StatedAmount {
  amount: string;
  doc: string;
  /** The sentence that states the amount, to open in the reader. */
  quote: string;
  /** The relation the amount was stated on, e.g. `nsfc|ESTABLISHED|fund`. */
  edge: string;
}

export interface FundRow {
  id: string;
  founders: string[];
  managers: string[];
  /** Organisations the founders and managers are part of (PART_OF), and the fund's own parents. */
  parents: string[];
  /** Investors into the fund itself (limited partners). */
  backers: string[];
  sizes: StatedAmount[];
  investees: string[];
  /** Other investors in the same investees (never those who stand behind the fund), with the investees they share. */
  coInvestors: { id: string; shared: string[] }[];
}

/** Who stands behind each investor (its "up" trace), computed once per investor. */
export function standsBehindIn(graph: InsightGraph): (id: string) => ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  return (id) => {
    let set = memo.get(id);
    if (!set) {
      set = traceReach((n) => touching(graph, n), id, "up").nodes;
      memo.set(id, set);
    }
    return set;
  };
}

/** One row per Fund node of `sub`, ordered by how much the row knows (investees, then founders). */
export function fundTable(sub: Pick<Subgraph, "nodes" | "edges">): FundRow[] {
  const g = insightGraph(sub);
  const standsBehind = standsBehindIn(g);
  const rows = sub.nodes
    .filter((n) => n.type === "Fund")
    .map((fund): FundRow => {
      const founders = unique(inOf(g, fund.id, "ESTABLISHED").map((e) => e.source));
      const managers = unique(inOf(g, fund.id, "MANAGES").map((e) => e.source));
      const parents = unique(
        [...founders, ...managers, fund.id].flatMap((id) => outOf(g, id, "PART_OF").map((e) => e.target)),
      );
      const backers = unique(inOf(g, fund.id, ...INVESTMENT_RELATIONS).map((e) => e.source));
      const sizes = inOf(g, fund.id, ...SPONSOR_RELATIONS, ...INVESTMENT_RELATIONS).flatMap((e) =>
        e.evidence
          .filter((ev) => ev.amount)
          .map((ev) => ({ amount: ev.amount ?? "", doc: ev.doc, quote: ev.quote, edge: e.id })),
      );
      const investees = unique(outOf(g, fund.id, ...INVESTMENT_RELATIONS).map((e) => e.target));
      const shared = new Map<string, string[]>();
      for (const inv of investees)
        for (const e of inOf(g, inv, ...INVESTMENT_RELATIONS))
          if (areCoInvestors(fund.id, e.source, standsBehind))
            shared.set(e.source, unique([...(shared.get(e.source) ?? []), inv]));
      return {
        id: fund.id,
        founders,
        managers,
        parents,
        backers,
        sizes,
        investees,
        coInvestors: [...shared.entries()].map(([id, s]) => ({ id, shared: s })),
      };
    });
  return rows.sort(
    (a, b) =>
      b.investees.length - a.investees.length ||
      b.founders.length - a.founders.length ||
      a.id.localeCompare(b.id),
  );
}

/** Ids that "who stands behind" (up) or "where the money went" (down) reach inside a fund-trace subgraph. */
export function splitTrace(
  trace: Pick<Subgraph, "nodes" | "edges">,
  fundId: string,
  direction: TraceDirection,
): { nodes: Set<string>; edges: Set<string> } {
  const g = insightGraph(trace);
  const reach = traceReach((n) => touching(g, n), fundId, direction);
  return { nodes: reach.nodes, edges: new Set([...reach.edges].map((e) => e.id)) };
}
