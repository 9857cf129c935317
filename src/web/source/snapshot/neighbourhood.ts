// Neighbourhood over the snapshot: level by level with the same caps and order as cypher/neighbourhood.cypher
// and src/server/routes/neighbourhood.ts.
import type { GraphNode, Subgraph } from "../../../model/api.js";
import type { NeighbourhoodQuery } from "../GraphSource.js";
import { byDegree, edgesAmong, type SnapshotGraph } from "./graph.js";
import { codeOrder } from "../../../model/search-rank.js";

const PER_NODE_CAP = 200;
const DEFAULT_LIMIT = 50;

const countByType = (nodes: readonly GraphNode[]): Subgraph["omitted"] => {
  const counts: NonNullable<Subgraph["omitted"]> = {};
  for (const n of nodes) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
};

/** Neighbours of `id` through allowed relations to allowed entity types (undirected, distinct). */
function around(graph: SnapshotGraph, id: string, q: NeighbourhoodQuery, cap = Infinity): string[] {
  const out = new Set<string>();
  graph.forEachEdge(id, (_e, attrs, s, t) => {
    if (out.size >= cap) return;
    const other = s === id ? t : s;
    if (other === id && s !== t) return;
    if (q.relTypes?.length && !q.relTypes.includes(attrs.type)) return;
    if (q.types?.length && !q.types.includes(graph.getNodeAttribute(other, "type"))) return;
    out.add(other);
  });
  return [...out];
}

const cypherOrder = (graph: SnapshotGraph) => (a: string, b: string) =>
  graph.getNodeAttribute(b, "degree") - graph.getNodeAttribute(a, "degree") || codeOrder(a, b);

/** The entities within `depth` hops of `q.id`; null when the id is unknown. */
export function neighbourhood(graph: SnapshotGraph, q: NeighbourhoodQuery): Subgraph | null {
  if (!graph.hasNode(q.id)) return null;
  const limit = q.limit ?? DEFAULT_LIMIT;
  const levelCap = Math.min(2000, Math.max(limit * 4, 200));
  const seen = new Set([q.id]);
  const levels: string[][] = [];
  let frontier = [q.id];
  for (let level = 1; level <= q.depth; level++) {
    const found = new Set<string>();
    for (const f of frontier)
      for (const n of around(graph, f, q, level === 1 ? Infinity : PER_NODE_CAP))
        if (!seen.has(n)) found.add(n);
    const kept = [...found].sort(cypherOrder(graph)).slice(0, levelCap);
    kept.forEach((n) => seen.add(n));
    levels.push(kept);
    frontier = kept;
  }
  const all = [q.id, ...levels.flat()].map((id) => graph.getNodeAttributes(id));
  const kept = all.slice(0, limit);
  const left = all.slice(limit);
  const edges = edgesAmong(graph, new Set(kept.map((n) => n.id)), q.relTypes ?? []);
  const truncated = left.length > 0 || levels.some((l) => l.length >= levelCap);
  const result: Subgraph = { nodes: byDegree(kept, q.id), edges, truncated };
  if (truncated) result.omitted = countByType(left);
  return result;
}
