// Fund trace over the snapshot: up (founders, managers, parents) and down (investees, their locations),
// level by level, as src/server/routes/funds.ts with cypher/fund-trace-up.cypher and fund-trace-down.cypher.
import type { GraphEdge, GraphNode, Subgraph } from "../../../model/api.js";
import { byDegree, type SnapshotGraph } from "./graph.js";

const NODE_LIMIT = 500;
const DEPTH = 2;

type Step = (graph: SnapshotGraph, id: string, fundId: string) => [GraphEdge, string][];

const up: Step = (graph, id) => [
  ...graph
    .inEdges(id)
    .filter((e) => ["ESTABLISHED", "MANAGES"].includes(graph.getEdgeAttribute(e, "type")))
    .map((e): [GraphEdge, string] => [graph.getEdgeAttributes(e), graph.source(e)]),
  ...graph
    .outEdges(id)
    .filter((e) => graph.getEdgeAttribute(e, "type") === "PART_OF")
    .map((e): [GraphEdge, string] => [graph.getEdgeAttributes(e), graph.target(e)]),
];

const down: Step = (graph, id, fundId) =>
  graph
    .outEdges(id)
    .filter((e) => {
      const type = graph.getEdgeAttribute(e, "type");
      return type === "INVESTED_IN" || type === "FUNDS" || (type === "LOCATED_IN" && id !== fundId);
    })
    .map((e): [GraphEdge, string] => [graph.getEdgeAttributes(e), graph.target(e)]);

/** Who stands behind fund `id` and where its money went; null for an unknown id, an Error for a non-fund. */
export function fundTrace(graph: SnapshotGraph, id: string): Subgraph | null {
  if (!graph.hasNode(id)) return null;
  const fund = graph.getNodeAttributes(id);
  if (fund.type !== "Fund")
    throw new Error(`"${id}" is a ${fund.type}, not a Fund; the trace follows funds only.`);
  const nodes = new Map<string, GraphNode>([[id, fund]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const step of [up, down]) {
    let frontier = [id];
    for (let level = 1; level <= DEPTH && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const f of frontier)
        for (const [edge, other] of step(graph, f, id)) {
          if (!nodes.has(other)) {
            if (nodes.size >= NODE_LIMIT) {
              truncated = true;
              continue;
            }
            nodes.set(other, graph.getNodeAttributes(other));
            next.push(other);
          }
          edges.set(edge.id, edge);
        }
      frontier = next;
    }
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: byDegree([...nodes.values()], id), edges: kept, truncated };
}
