// GET /api/documents and /api/documents/:id: the source documents, and one text with the spans of
// every evidence quote and every entity mention in it.
import {
  documentResponseSchema,
  documentsResponseSchema,
  type DocumentResponse,
  type DocumentSummary,
} from "../../model/api.js";
import type { Row } from "../../db/queries.js";
import { notFound } from "../errors.js";
import { num, relationType, str, strList } from "../mappers.js";
import { idParams } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";
import { allOccurrences, zipSpans } from "../spans.js";

const QUOTE_RELATION_LIMIT = 10_000;

function toSummary(row: Row, length: number): DocumentSummary {
  return {
    id: str(row.id),
    title: str(row.title),
    title_en: str(row.title_en),
    kind: str(row.kind),
    publisher: str(row.publisher),
    authors: strList(row.authors),
    date: str(row.date),
    date_note: str(row.date_note),
    language: str(row.language),
    length,
  };
}

export function registerDocumentRoutes(routes: RouteTable, { runner }: ApiContext): void {
  routes.get({
    path: "/api/documents",
    operationId: "listDocuments",
    summary: "Every source document (without its text)",
    response: documentsResponseSchema,
    cacheable: true,
    handler: async () => {
      const rows = await runner.run("documents");
      return {
        documents: rows.map((row) => toSummary(row.document as Row, num((row.document as Row).length))),
      };
    },
  });

  routes.get({
    path: "/api/documents/:id",
    operationId: "getDocument",
    summary: "One document's text with the spans of its evidence quotes and entity mentions",
    params: idParams,
    response: documentResponseSchema,
    errors: [400, 404],
    cacheable: true,
    handler: async ({ params: { id } }): Promise<DocumentResponse> => {
      const answer = await runner.read(async (run) => {
        const [row] = await run("document", { id });
        return row && { row, quoteRows: await run("document-quotes", { id, limit: QUOTE_RELATION_LIMIT }) };
      });
      if (!answer) throw notFound(`No document with id "${id}"; /api/documents lists them`, "id");
      const doc = answer.row.document as Row;
      const text = str(doc.text);
      const quotes: DocumentResponse["quotes"] = [];
      for (const relation of answer.quoteRows) {
        const source = str(relation.source);
        const target = str(relation.target);
        const type = relationType(relation.type);
        for (const quote of new Set(strList(relation.quotes))) {
          for (const span of allOccurrences(text, quote)) quotes.push({ ...span, source, type, target });
        }
      }
      const mentions: DocumentResponse["mentions"] = [];
      for (const mention of answer.row.mentions as Row[]) {
        const starts = ((mention.starts as unknown[] | null) ?? []).map(num);
        const ends = ((mention.ends as unknown[] | null) ?? []).map(num);
        for (const span of zipSpans(starts, ends, text.length))
          mentions.push({ ...span, entity: str(mention.entity) });
      }
      quotes.sort((a, b) => a.start - b.start || a.end - b.end);
      mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      return { document: { ...toSummary(doc, text.length), text }, quotes, mentions };
    },
  });
}
