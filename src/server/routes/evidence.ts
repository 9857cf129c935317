// GET /api/evidence: one relation with every piece of its evidence. Graph answers carry only the first
// piece and a count, so a hub's neighbourhood stays small; the hover card and panels ask here for the rest.
import { edgeEvidenceResponseSchema, type EdgeEvidenceResponse } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { notFound } from "../errors.js";
import { titlesFrom, toEdge } from "../mappers.js";
import { edgeQuery } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

export function registerEvidenceRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/evidence",
    operationId: "getEdgeEvidence",
    summary: "One relation (source, type, target) with every piece of its evidence",
    query: edgeQuery,
    response: edgeEvidenceResponseSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ query: { source, type, target } }): Promise<EdgeEvidenceResponse> => {
      const answer = await runner.read(async (run) => {
        const [row] = await run("edge-evidence", { source, type, target });
        return row && { edge: row.edge as Row, titles: titlesFrom(await run("document-titles")) };
      });
      if (!answer)
        throw notFound(`No ${type} relation from "${source}" to "${target}"; the graph answers list them`);
      return { edge: toEdge(answer.edge, answer.titles) };
    },
  });
}
