// GET /api/graph: the whole graph when it is small, else its most connected entities.
import type { EntityType } from "../../model/vocabulary.js";
import { subgraphSchema, summariseEdge, type Subgraph } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { countByType, entityType, num, str, titlesFrom, toEdge, toNode } from "../mappers.js";
import { graphQuery } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

const EDGE_LIMIT = 20_000;

export function registerGraphRoutes(routes: RouteTable, { runner, config }: ApiContext): void {
  routes.get({
    path: "/api/graph",
    operationId: "getGraph",
    summary:
      "The whole graph, or its most connected entities when it is larger than the limit; each edge with its first piece of evidence",
    query: graphQuery,
    response: subgraphSchema,
    errors: [400],
    cacheable: true,
    handler: async ({ query }): Promise<Subgraph> => {
      const limit = query.limit ?? config.graphOverviewLimit;
      return runner.read(async (run) => {
        const [row] = await run("graph-overview", { limit });
        const titles = query.evidence === "all" ? titlesFrom(await run("document-titles")) : undefined;
        if (!row) return { nodes: [], edges: [], truncated: false };
        const nodes = (row.nodes as Row[]).map(toNode);
        const edgeRows = await run("subgraph-edges", {
          ids: nodes.map((n) => n.id),
          relTypes: [],
          edgeLimit: EDGE_LIMIT,
          allEvidence: query.evidence === "all",
        });
        const edges =
          query.evidence === "all"
            ? edgeRows.map((r) => toEdge(r.edge, titles))
            : edgeRows.map((r) => summariseEdge(toEdge(r.edge)));
        const kept = countByType(nodes);
        const omitted: Partial<Record<EntityType, number>> = {};
        for (const entry of row.byType as Row[]) {
          const type = entityType(str(entry.type));
          const left = num(entry.count) - (kept[type] ?? 0);
          if (left > 0) omitted[type] = left;
        }
        const truncated = Object.keys(omitted).length > 0 || edgeRows.length >= EDGE_LIMIT;
        const result: Subgraph = {
          nodes,
          edges,
          truncated,
        };
        if (truncated) result.omitted = omitted;
        return result;
      });
    },
  });
}
