// What a fund trace follows and what co-investment means, stated once. The API passes these relation
// types to cypher/fund-trace-step.cypher as parameters; the offline snapshot, the insight tabs and the
// funds lens walk their graphs with the same steps.
import type { RelationType } from "./vocabulary.js";

export type TraceDirection = "up" | "down";

/** One level of a fund trace seen from a node: which relations lead on, and in which direction. */
interface TraceStep {
  /** Followed against their direction: `other -[r]-> node` reaches `other`. */
  incoming: readonly RelationType[];
  /** Followed along their direction: `node -[r]-> other` reaches `other`. */
  outgoing: readonly RelationType[];
  /**
   * Followed along their direction from every node but the traced fund itself: where the investees
   * sit matters for "where the money went", where the fund itself sits does not.
   */
  outgoingPastFund: readonly RelationType[];
}

/** Who set a fund up and who runs it. */
export const SPONSOR_RELATIONS = ["ESTABLISHED", "MANAGES"] as const satisfies readonly RelationType[];
/** Money going from an investor (or funder) to what it invests in. */
export const INVESTMENT_RELATIONS = ["INVESTED_IN", "FUNDS"] as const satisfies readonly RelationType[];

const FUND_TRACE: Readonly<Record<TraceDirection, TraceStep>> = {
  /** Who stands behind a fund: its founders and managers, theirs in turn, and what they are part of. */
  up: { incoming: SPONSOR_RELATIONS, outgoing: ["PART_OF"], outgoingPastFund: [] },
  /** Where the money went: investees, their investees, and where they sit. */
  down: { incoming: [], outgoing: INVESTMENT_RELATIONS, outgoingPastFund: ["LOCATED_IN"] },
};

/** Every relation type a fund trace follows (the funds lens shows these around each fund). */
export const FUND_TRACE_RELATIONS: readonly RelationType[] = [
  ...new Set(Object.values(FUND_TRACE).flatMap((s) => [...s.incoming, ...s.outgoing, ...s.outgoingPastFund])),
];

interface TypedEdge {
  source: string;
  target: string;
  type: RelationType;
}

/** Where `edge` leads from `from` in one trace step, or null when the step does not follow it. */
export function traceStepTo(
  direction: TraceDirection,
  edge: TypedEdge,
  from: string,
  fundId: string,
): string | null {
  const step = FUND_TRACE[direction];
  if (edge.target === from && step.incoming.includes(edge.type)) return edge.source;
  if (edge.source !== from) return null;
  if (step.outgoing.includes(edge.type)) return edge.target;
  return from !== fundId && step.outgoingPastFund.includes(edge.type) ? edge.target : null;
}

/** The trace step as query parameters for cypher/fund-trace-step.cypher. */
export function traceStepParams(direction: TraceDirection): {
  incoming: string[];
  outgoing: string[];
  outgoingPastFund: string[];
} {
  const step = FUND_TRACE[direction];
  return {
    incoming: [...step.incoming],
    outgoing: [...step.outgoing],
    outgoingPastFund: [...step.outgoingPastFund],
  };
}

/**
 * Everything one direction of the trace reaches from `fundId`, with the edges it followed, level by
 * level up to `depth`; `edgesOf(id)` lists the edges touching a node in the caller's graph.
 */
export function traceReach<E extends TypedEdge>(
  edgesOf: (id: string) => Iterable<E>,
  fundId: string,
  direction: TraceDirection,
  depth = Infinity,
): { nodes: Set<string>; edges: Set<E> } {
  const nodes = new Set([fundId]);
  const edges = new Set<E>();
  let frontier = [fundId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of edgesOf(id)) {
        const other = traceStepTo(direction, e, id, fundId);
        if (other === null) continue;
        edges.add(e);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    frontier = next;
  }
  return { nodes, edges };
}

/**
 * Co-investment: two investors are co-investors when both put money (INVESTMENT_RELATIONS) into the
 * same investee and neither stands behind the other (is reached by the other's "up" trace). The body
 * that set a fund up and invests beside it is the fund's own side, not a co-investor.
 */
export function areCoInvestors(
  a: string,
  b: string,
  standsBehind: (fund: string) => ReadonlySet<string>,
): boolean {
  return a !== b && !standsBehind(a).has(b) && !standsBehind(b).has(a);
}
