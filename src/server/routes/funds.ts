// GET /api/funds/:id/trace: who stands behind a fund (up) and where its money went (down), level by level.
import {
  subgraphSchema,
  summariseEdge,
  type GraphEdge,
  type GraphNode,
  type Subgraph,
} from "../../model/api.js";
import { traceStepParams, type TraceDirection } from "../../model/fund-trace.js";
import type { RunInTransaction, Row } from "../../db/queries.js";
import { badRequest, notFound } from "../errors.js";
import { byDegree, toEdge, toNode } from "../mappers.js";
import { fundTraceQuery, idParams } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

const NODE_LIMIT = 500;

interface Trace {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  truncated: boolean;
}

/** Follows one direction for `depth` levels; each level starts from the nodes the previous one reached. */
async function follow(
  run: RunInTransaction,
  direction: TraceDirection,
  fundId: string,
  depth: number,
  trace: Trace,
): Promise<void> {
  let frontier = [fundId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const rows = await run("fund-trace-step", {
      ...traceStepParams(direction),
      ids: frontier,
      fundId,
      limit: NODE_LIMIT * 4,
    });
    if (rows.length >= NODE_LIMIT * 4) trace.truncated = true;
    const next: string[] = [];
    for (const row of rows) {
      const node = toNode(row.node);
      if (!trace.nodes.has(node.id)) {
        if (trace.nodes.size >= NODE_LIMIT) {
          trace.truncated = true;
          continue;
        }
        trace.nodes.set(node.id, node);
        next.push(node.id);
      }
      const edge = summariseEdge(toEdge(row.edge as Row));
      trace.edges.set(edge.id, edge);
    }
    frontier = next;
  }
}

export function registerFundRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/funds/:id/trace",
    operationId: "traceFund",
    summary:
      "Trace a fund up (who established and manages it, their parents) or down (investees, their locations)",
    params: idParams,
    query: fundTraceQuery,
    response: subgraphSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ params: { id }, query: { direction, depth } }): Promise<Subgraph> => {
      return runner.read(async (run) => {
        const [row] = await run("entity-node", { id });
        if (!row) throw notFound(`No entity with id "${id}"`, "id");
        const fund = toNode(row.node);
        if (fund.type !== "Fund")
          throw badRequest("id", `"${id}" is a ${fund.type}, not a Fund; the trace follows funds only.`);
        const trace: Trace = { nodes: new Map([[id, fund]]), edges: new Map(), truncated: false };
        if (direction !== "down") await follow(run, "up", id, depth, trace);
        if (direction !== "up") await follow(run, "down", id, depth, trace);
        // An edge to a node cut by the cap would dangle; keep only edges with both ends present.
        const edges = [...trace.edges.values()].filter(
          (e) => trace.nodes.has(e.source) && trace.nodes.has(e.target),
        );
        return { nodes: byDegree([...trace.nodes.values()], id), edges, truncated: trace.truncated };
      });
    },
  });
}
