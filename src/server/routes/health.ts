// GET /api/health: is the database reachable? 200 ok, or 503 degraded while it is away.
import { healthResponseSchema, type HealthResponse } from "../../model/api.js";
import { QueryError } from "../../db/queries.js";
import type { ApiContext, RouteTable } from "../routes.js";

export function registerHealthRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get(
    {
      path: "/api/health",
      operationId: "health",
      summary: "Whether the API and its database are up",
      response: healthResponseSchema,
      handler: async (_input, reply): Promise<HealthResponse> => {
        try {
          await runner.ping();
          return { status: "ok", neo4j: "up" };
        } catch (error) {
          if (!(error instanceof QueryError)) throw error;
          reply.code(503);
          return { status: "degraded", neo4j: "down" };
        }
      },
    },
    { 503: healthResponseSchema.describe("The database is away") },
  );
}
