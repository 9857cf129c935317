// A read-only index over a Subgraph (nodes by id, edges by end), shared by the fund table and the lenses.
import type { GraphEdge, GraphNode, Subgraph } from "../../model/api.js";
import type { RelationType } from "../../model/vocabulary.js";

export interface SubgraphIndex {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: readonly GraphEdge[];
  out(id: string, ...types: RelationType[]): GraphEdge[];
  in(id: string, ...types: RelationType[]): GraphEdge[];
  /** Every edge touching `id`, either direction. */
  touching(id: string): GraphEdge[];
}

const push = (m: Map<string, GraphEdge[]>, k: string, e: GraphEdge) => m.set(k, [...(m.get(k) ?? []), e]);
const ofTypes = (list: GraphEdge[] | undefined, types: RelationType[]) =>
  (list ?? []).filter((e) => types.length === 0 || types.includes(e.type));

export function indexSubgraph(sub: Pick<Subgraph, "nodes" | "edges">): SubgraphIndex {
  const nodes = new Map(sub.nodes.map((n) => [n.id, n]));
  const outs = new Map<string, GraphEdge[]>();
  const ins = new Map<string, GraphEdge[]>();
  for (const e of sub.edges) {
    push(outs, e.source, e);
    push(ins, e.target, e);
  }
  return {
    nodes,
    edges: sub.edges,
    out: (id, ...types) => ofTypes(outs.get(id), types),
    in: (id, ...types) => ofTypes(ins.get(id), types),
    touching: (id) => [...(outs.get(id) ?? []), ...(ins.get(id) ?? []).filter((e) => e.source !== id)],
  };
}

/** Distinct values in first-seen order. */
export const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** The other end of an edge seen from `id`. */
export const otherEnd = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);
