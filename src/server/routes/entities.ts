// GET /api/entities/:id: one entity with all its properties, every relation with evidence, its
// neighbours and the documents that mention it or give evidence about it.
import { entityResponseSchema, type EntityDetail, type EntityResponse } from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { notFound } from "../errors.js";
import { entityType, num, str, strList, toEdge, toNode, titlesFrom } from "../mappers.js";
import { idParams } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";

/** Relations listed for one entity; a hub shows its best-connected neighbours first. */
const RELATION_LIMIT = 2000;

function toDetail(row: Row): EntityDetail {
  return {
    id: str(row.id),
    type: entityType(row.type),
    subtype: str(row.subtype),
    name_zh: str(row.name_zh),
    name_en: str(row.name_en),
    aliases: strList(row.aliases),
    description_en: str(row.description_en),
    pinyin: str(row.pinyin),
    pinyin_initials: str(row.pinyin_initials),
    degree: num(row.degree),
  };
}

export function registerEntityRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/entities/:id",
    operationId: "getEntity",
    summary: "One entity with its relations (each with all its evidence), neighbours and documents",
    params: idParams,
    response: entityResponseSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ params: { id } }): Promise<EntityResponse> => {
      const answer = await runner.read(async (run) => {
        const [row] = await run("entity", { id, relationLimit: RELATION_LIMIT });
        return row && { row, docs: await run("document-titles") };
      });
      if (!answer) throw notFound(`No entity with id "${id}"; search for it with /api/search?q=...`, "id");
      const { row, docs } = answer;
      const titles = titlesFrom(docs);
      const relations = (row.relations as Row[]).map((relation) => {
        const { id: _id, ...withoutId } = toEdge(relation, titles);
        return withoutId;
      });
      const cited = new Set([
        ...strList(row.mentionedIn),
        ...relations.flatMap((r) => r.evidence.map((e) => e.doc)),
      ]);
      const body: EntityResponse = {
        entity: toDetail(row.entity as Row),
        relations,
        neighbours: (row.neighbours as Row[]).map(toNode),
        documents: docs
          .filter((doc) => cited.has(str(doc.id)))
          .map((doc) => ({
            id: str(doc.id),
            title: str(doc.title),
            title_en: str(doc.title_en),
            date: str(doc.date),
          })),
      };
      if (num(row.relationCount) > relations.length) body.truncated = true;
      return body;
    },
  });
}
