// Fund trace over the snapshot: up (who stands behind the fund) and down (where its money went), level
// by level, following the one rule in src/model/fund-trace.ts as the API does with cypher/fund-trace-step.cypher.
import type { GraphEdge, GraphNode, Subgraph } from "../../../model/api.js";
import { traceStepTo, type TraceDirection } from "../../../model/fund-trace.js";
import { byDegree, type SnapshotGraph } from "./graph.js";

const NODE_LIMIT = 500;
const DEPTH = 2;

/** Who stands behind fund `id` and where its money went; null for an unknown id, an Error for a non-fund. */
export function fundTrace(graph: SnapshotGraph, id: string): Subgraph | null {
  if (!graph.hasNode(id)) return null;
  const fund = graph.getNodeAttributes(id);
  if (fund.type !== "Fund")
    throw new Error(`"${id}" is a ${fund.type}, not a Fund; the trace follows funds only.`);
  const nodes = new Map<string, GraphNode>([[id, fund]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const direction of ["up", "down"] as const satisfies readonly TraceDirection[]) {
    let frontier = [id];
    for (let level = 1; level <= DEPTH && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const from of frontier)
        graph.forEachEdge(from, (_key, edge) => {
          const other = traceStepTo(direction, edge, from, id);
          if (other === null) return;
          if (!nodes.has(other)) {
            if (nodes.size >= NODE_LIMIT) {
              truncated = true;
              return;
            }
            nodes.set(other, graph.getNodeAttributes(other));
            next.push(other);
          }
          edges.set(edge.id, edge);
        });
      frontier = next;
    }
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: byDegree([...nodes.values()], id), edges: kept, truncated };
}
