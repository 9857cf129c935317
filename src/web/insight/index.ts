// The insight views read the whole graph as a graphology graph, built once per subgraph, through a few
// typed readers (edges of some relation types in or out of a node).
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, Subgraph } from "../../model/api.js";
import type { RelationType } from "../../model/vocabulary.js";

export type InsightGraph = MultiDirectedGraph<GraphNode, GraphEdge>;
type Sub = Pick<Subgraph, "nodes" | "edges">;

const built = new WeakMap<Sub, InsightGraph>();

/** The graph of `sub` (edges whose ends are not both in it are left out); the same object for the same `sub`. */
export function insightGraph(sub: Sub): InsightGraph {
  const cached = built.get(sub);
  if (cached) return cached;
  const graph: InsightGraph = new MultiDirectedGraph<GraphNode, GraphEdge>();
  for (const n of sub.nodes) graph.mergeNode(n.id, n);
  for (const e of sub.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.id))
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
  built.set(sub, graph);
  return graph;
}

const ofTypes = (graph: InsightGraph, keys: string[], types: readonly RelationType[]): GraphEdge[] =>
  keys.map((k) => graph.getEdgeAttributes(k)).filter((e) => types.length === 0 || types.includes(e.type));

/** Edges leaving `id`, of the given relation types (all when none are given). */
export const outOf = (graph: InsightGraph, id: string, ...types: RelationType[]): GraphEdge[] =>
  graph.hasNode(id) ? ofTypes(graph, graph.outEdges(id), types) : [];

/** Edges arriving at `id`, of the given relation types (all when none are given). */
export const inOf = (graph: InsightGraph, id: string, ...types: RelationType[]): GraphEdge[] =>
  graph.hasNode(id) ? ofTypes(graph, graph.inEdges(id), types) : [];

/** Every edge touching `id`, either direction. */
export const touching = (graph: InsightGraph, id: string): GraphEdge[] =>
  graph.hasNode(id) ? ofTypes(graph, graph.edges(id), []) : [];

/** Distinct values in first-seen order. */
export const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** The other end of an edge seen from `id`. */
export const otherEnd = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);

/** The entity type of `id`, or undefined when the graph does not hold it. */
export const typeOf = (graph: InsightGraph, id: string): GraphNode["type"] | undefined =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, "type") : undefined;
