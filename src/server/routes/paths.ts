// GET /api/paths: all shortest undirected paths between two entities, each hop with its evidence.
import { pathsResponseSchema, type PathsResponse } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { notFound } from "../errors.js";
import { toEdge, toNode, titlesFrom } from "../mappers.js";
import { pathsQuery } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

const PATH_LIMIT = 20;

export function registerPathRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/paths",
    operationId: "findPaths",
    summary:
      "All shortest paths between two entities (undirected, at most 20), each hop with all its evidence",
    query: pathsQuery,
    response: pathsResponseSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ query: { from, to, maxLength, types, relTypes } }): Promise<PathsResponse> => {
      return runner.read(async (run) => {
        const [start] = await run("entity-node", { id: from });
        if (!start) throw notFound(`No entity with id "${from}"`, "from");
        const [end] = await run("entity-node", { id: to });
        if (!end) throw notFound(`No entity with id "${to}"`, "to");
        // The shortest path from an entity to itself is the entity alone (Neo4j refuses to search it).
        if (from === to) return { paths: [{ nodes: [toNode(start.node)], edges: [] }] };
        const rows = await run("paths", { from, to, types, relTypes, pathLimit: PATH_LIMIT });
        const titles = titlesFrom(await run("document-titles"));
        const paths = rows
          .filter((row) => (row.edges as Row[]).length <= maxLength)
          .map((row) => ({
            nodes: (row.nodes as Row[]).map(toNode),
            edges: (row.edges as Row[]).map((edge) => toEdge(edge, titles)),
          }));
        return { paths };
      });
    },
  });
}
