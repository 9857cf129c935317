// GET /api/health: is the database reachable? 200 ok, or 503 degraded while it is away.
import type { HealthResponse } from "../../model/api.js";
import { QueryError } from "../../db/queries.js";
import type { ApiContext, RouteTable } from "../routes.js";

export function registerHealthRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/health",
    summary: "Whether the API and its database are up",
    responses: { 200: "Up", 503: "The database is away" },
    handler: async (_input, reply) => {
      try {
        await runner.ping();
        return { status: "ok", neo4j: "up" } satisfies HealthResponse;
      } catch (error) {
        if (!(error instanceof QueryError)) throw error;
        reply.code(503);
        return { status: "degraded", neo4j: "down" } satisfies HealthResponse;
      }
    },
  });
}
