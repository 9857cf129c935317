// GET /api/neighbourhood: the entities within 1..3 hops of one entity, most connected first, capped.
import { subgraphSchema, summariseEdge, type Subgraph } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { notFound } from "../errors.js";
import { byDegree, countByType, toEdge, toNode } from "../mappers.js";
import { neighbourhoodQuery } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

/** Each frontier node feeds at most this many neighbours to the next level, so hubs stay cheap. */
const PER_NODE_CAP = 200;
const EDGE_LIMIT = 5000;

export function registerNeighbourhoodRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/neighbourhood",
    operationId: "getNeighbourhood",
    summary:
      "Entities within a few hops of one entity, most connected first; each edge with its first piece of evidence",
    query: neighbourhoodQuery,
    response: subgraphSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ query: { id, depth, types, relTypes, limit } }): Promise<Subgraph> => {
      const levelCap = Math.min(2000, Math.max(limit * 4, 200));
      const subgraph = await runner.read(async (run): Promise<Subgraph | undefined> => {
        const [row] = await run("neighbourhood", {
          id,
          depth,
          types,
          relTypes,
          levelCap,
          perNodeCap: PER_NODE_CAP,
        });
        if (!row) return undefined;
        const levels = [row.level1, row.level2, row.level3].map((level) => (level as Row[]).map(toNode));
        // Nearer levels first, so a cut keeps the subgraph connected to its centre.
        const all = [toNode(row.centre), ...levels.flat()];
        const kept = all.slice(0, limit);
        const edgeRows = await run("subgraph-edges", {
          ids: kept.map((n) => n.id),
          relTypes,
          edgeLimit: EDGE_LIMIT,
          allEvidence: false,
        });
        const left = all.slice(limit);
        const truncated =
          left.length > 0 ||
          levels.some((level) => level.length >= levelCap) ||
          edgeRows.length >= EDGE_LIMIT;
        const result: Subgraph = {
          nodes: byDegree(kept, id),
          edges: edgeRows.map((r) => summariseEdge(toEdge(r.edge))),
          truncated,
        };
        if (truncated) result.omitted = countByType(left);
        return result;
      });
      if (!subgraph) throw notFound(`No entity with id "${id}"; search for it with /api/search?q=...`, "id");
      return subgraph;
    },
  });
}
