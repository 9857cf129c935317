// The snapshot as a graphology graph: entities keyed by their stable id, relations by `source|TYPE|target`.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode } from "../../../model/api.js";
import type { Snapshot } from "../../../model/snapshot.js";

export type SnapshotGraph = MultiDirectedGraph<GraphNode, GraphEdge>;

/** Builds the graph once; every question the offline source answers walks it. */
export function snapshotGraph(snapshot: Snapshot): SnapshotGraph {
  const graph: SnapshotGraph = new MultiDirectedGraph<GraphNode, GraphEdge>();
  for (const n of snapshot.nodes) graph.addNode(n.id, n);
  for (const e of snapshot.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target))
      throw new Error(`snapshot: edge "${e.id}" names an entity that is not in "nodes"; re-export the site`);
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
  }
  return graph;
}

/** Most connected first, ties by id (as the API's `byDegree`); `firstId` stays in front. */
export function byDegree(nodes: GraphNode[], firstId?: string): GraphNode[] {
  return [...nodes].sort((a, b) => {
    if (a.id === firstId) return -1;
    if (b.id === firstId) return 1;
    return b.degree - a.degree || a.id.localeCompare(b.id);
  });
}

/** Edges among `ids` (both ends inside), optionally of some relation types only. */
export function edgesAmong(
  graph: SnapshotGraph,
  ids: ReadonlySet<string>,
  relTypes: readonly string[] = [],
): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (const id of ids)
    graph.forEachOutEdge(id, (_e, attrs, _s, target) => {
      if (ids.has(target) && (relTypes.length === 0 || relTypes.includes(attrs.type))) out.push(attrs);
    });
  return out;
}
