// GET /api/stats: counts by entity type, relation type and document, and the loaded data version.
import { statsResponseSchema, type StatsResponse } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { entityType, num, relationType, str } from "../mappers.js";
import type { ApiContext, RouteTable } from "../routes.js";

export function registerStatsRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/stats",
    operationId: "stats",
    summary: "Counts of the loaded graph and the data version",
    response: statsResponseSchema,
    cacheable: true,
    handler: async (): Promise<StatsResponse> => {
      const [row] = await runner.run("stats");
      const stats: StatsResponse = {
        entities: 0,
        relations: 0,
        documents: 0,
        byEntityType: {},
        byRelationType: {},
        byDocument: [],
        dataVersion: "",
      };
      if (!row) return stats; // nothing loaded yet
      for (const entry of row.byEntityType as Row[]) {
        stats.byEntityType[entityType(entry.key)] = num(entry.count);
        stats.entities += num(entry.count);
      }
      for (const entry of row.byRelationType as Row[]) {
        stats.byRelationType[relationType(entry.key)] = num(entry.count);
        stats.relations += num(entry.count);
      }
      const relationsByDoc = new Map(
        (row.relationsByDocument as Row[]).map((e) => [str(e.id), num(e.count)]),
      );
      stats.byDocument = (row.documents as Row[])
        .map((doc) => ({
          id: str(doc.id),
          title: str(doc.title),
          entities: num(doc.entities),
          relations: relationsByDoc.get(str(doc.id)) ?? 0,
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      stats.documents = stats.byDocument.length;
      stats.dataVersion = str(row.dataVersion);
      return stats;
    },
  });
}
