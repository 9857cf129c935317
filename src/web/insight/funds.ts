// The fund table: for every fund, who set it up and runs it (with their parents), its stated size,
// what it invested in, and who invested beside it. Pure, over the whole graph.
import type { Subgraph } from "../../model/api.js";
import { indexSubgraph, unique } from "./index.js";

export interface StatedAmount {
  amount: string;
  doc: string;
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
  /** Other investors in the same investees, with the investees they share. */
  coInvestors: { id: string; shared: string[] }[];
}

/** One row per Fund node of `sub`, ordered by how much the row knows (investees, then founders). */
export function fundTable(sub: Pick<Subgraph, "nodes" | "edges">): FundRow[] {
  const ix = indexSubgraph(sub);
  const rows = sub.nodes
    .filter((n) => n.type === "Fund")
    .map((fund): FundRow => {
      const founders = unique(ix.in(fund.id, "ESTABLISHED").map((e) => e.source));
      const managers = unique(ix.in(fund.id, "MANAGES").map((e) => e.source));
      const parents = unique(
        [...founders, ...managers, fund.id].flatMap((id) => ix.out(id, "PART_OF").map((e) => e.target)),
      );
      const backers = unique(ix.in(fund.id, "INVESTED_IN", "FUNDS").map((e) => e.source));
      const sizes = ix
        .in(fund.id, "ESTABLISHED", "MANAGES", "INVESTED_IN", "FUNDS")
        .flatMap((e) =>
          e.evidence
            .filter((ev) => ev.amount)
            .map((ev) => ({ amount: ev.amount ?? "", doc: ev.doc, edge: e.id })),
        );
      const investees = unique(ix.out(fund.id, "INVESTED_IN", "FUNDS").map((e) => e.target));
      const shared = new Map<string, string[]>();
      for (const inv of investees)
        for (const e of ix.in(inv, "INVESTED_IN"))
          if (e.source !== fund.id) shared.set(e.source, unique([...(shared.get(e.source) ?? []), inv]));
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
  direction: "up" | "down",
): { nodes: Set<string>; edges: Set<string> } {
  const ix = indexSubgraph(trace);
  const nodes = new Set([fundId]);
  const edges = new Set<string>();
  let frontier = [fundId];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      const step =
        direction === "up"
          ? [
              ...ix.in(id, "ESTABLISHED", "MANAGES").map((e) => [e, e.source] as const),
              ...ix.out(id, "PART_OF").map((e) => [e, e.target] as const),
            ]
          : [
              ...ix.out(id, "INVESTED_IN", "FUNDS").map((e) => [e, e.target] as const),
              ...(id === fundId ? [] : ix.out(id, "LOCATED_IN").map((e) => [e, e.target] as const)),
            ];
      for (const [e, n] of step) {
        edges.add(e.id);
        if (!nodes.has(n)) {
          nodes.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return { nodes, edges };
}
