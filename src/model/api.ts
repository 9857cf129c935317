// Shapes of the read API's answers, shared by the server, the browser and the offline snapshot. Each
// is a zod schema: the server validates its answers with it and the OpenAPI document is generated from
// it, so the documented shape, the checked shape and the TypeScript type are one definition.
import { z } from "zod";
import type { ApiError } from "./api-error.js";
import {
  edgeFacets,
  evidenceFacetSchema,
  evidenceSchema,
  type Evidence,
  type EvidenceFacet,
} from "./evidence.js";
import type { DocumentRecord, EntityRecord } from "./records.js";
import { ENTITY_TYPES, RELATION_TYPES } from "./vocabulary.js";

export type { ApiError, Evidence, EvidenceFacet };

const entityType = z.enum(ENTITY_TYPES);
const relationType = z.enum(RELATION_TYPES);
const count = z.int().min(0);

/** The naming fields every answer about an entity carries, taken from its data row. */
const entityNames = {
  id: z.string(),
  type: entityType,
  subtype: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
};

/** A node as graph views need it. */
const graphNodeSchema = z.strictObject({ ...entityNames, degree: count }).meta({ id: "GraphNode" });
export type GraphNode = z.infer<typeof graphNodeSchema>;

/**
 * An edge: one relationship with its evidence. In graph answers (overview, neighbourhood, fund trace)
 * `evidence` holds the first piece only, so hubs stay cheap; `evidenceCount` says how many there are,
 * `facets` gives every piece's document, certainty and date (what the filters need), and /api/evidence
 * (or the entity's answer) gives them all.
 */
const graphEdgeSchema = z
  .strictObject({
    id: z.string().describe("Stable id: source|TYPE|target"),
    source: z.string(),
    target: z.string(),
    type: relationType,
    evidenceCount: count.describe("How many pieces of evidence the relation has"),
    evidence: z.array(evidenceSchema),
    facets: z
      .array(evidenceFacetSchema)
      .optional()
      .describe(
        "When `evidence` is summarised and the edge has more than one piece: document, certainty and date of every piece, in order (with one piece, that piece is its own facet)",
      ),
  })
  .meta({ id: "GraphEdge" });
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/**
 * The edge as graph answers carry it (the one rule for the API and the offline snapshot): its first
 * piece of evidence without the document title (the client has the titles) or the editor's note, the
 * count, and the facets of every piece (kept when the query row already summarised the evidence).
 * An edge with one piece carries no facets: that piece's own doc, certainty and date are its facet
 * (edgeFacets reads them), and leaving the copy out saves a sixth of a hub's answer.
 */
export function summariseEdge(edge: GraphEdge): GraphEdge {
  const first = edge.evidence.slice(0, 1).map(({ doc_title: _title, note: _note, ...evidence }) => evidence);
  const facets = edgeFacets(edge);
  const { facets: _facets, ...rest } = edge;
  return facets.length > first.length ? { ...rest, evidence: first, facets } : { ...rest, evidence: first };
}

/** A subgraph answer with every edge summarised. */
export function summariseSubgraph(subgraph: Subgraph): Subgraph {
  return { ...subgraph, edges: subgraph.edges.map(summariseEdge) };
}

export const subgraphSchema = z
  .strictObject({
    nodes: z.array(graphNodeSchema),
    edges: z.array(graphEdgeSchema),
    truncated: z.boolean(),
    omitted: z
      .partialRecord(entityType, count)
      .optional()
      .describe("When truncated: how many nodes were left out, by entity type"),
  })
  .meta({ id: "Subgraph" });
export type Subgraph = z.infer<typeof subgraphSchema>;

const searchResultSchema = z
  .strictObject({
    ...entityNames,
    score: z.number(),
    matched: z.string().optional().describe("Which surface form matched (a name, alias or pinyin)"),
  })
  .meta({ id: "SearchResult" });
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchResponseSchema = z.strictObject({ results: z.array(searchResultSchema) });

/** Everything the data row says about an entity, plus what the loader computes. */
const entityDetailSchema = z
  .strictObject({
    ...entityNames,
    aliases: z.array(z.string()),
    description_en: z.string(),
    pinyin: z.string(),
    pinyin_initials: z.string(),
    degree: count,
  })
  .meta({ id: "EntityDetail" });
export type EntityDetail = z.infer<typeof entityDetailSchema>;

/** A relation of one entity (with every piece of its evidence): an edge without its id. */
const entityRelationSchema = graphEdgeSchema.omit({ id: true });
export type EntityRelation = z.infer<typeof entityRelationSchema>;

export const entityResponseSchema = z
  .strictObject({
    entity: entityDetailSchema,
    relations: z.array(entityRelationSchema),
    neighbours: z.array(graphNodeSchema).describe("The entities at the other end of each relation"),
    documents: z.array(
      z.strictObject({ id: z.string(), title: z.string(), title_en: z.string(), date: z.string() }),
    ),
    truncated: z
      .boolean()
      .optional()
      .describe("True when a hub has more relations than the API lists (best-connected first)"),
  })
  .meta({ id: "EntityResponse" });
export type EntityResponse = z.infer<typeof entityResponseSchema>;

/** One relation with all its evidence, as /api/evidence answers. */
export const edgeEvidenceResponseSchema = z.strictObject({ edge: graphEdgeSchema });
export type EdgeEvidenceResponse = z.infer<typeof edgeEvidenceResponseSchema>;

export const pathsResponseSchema = z
  .strictObject({
    paths: z.array(z.strictObject({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) })),
  })
  .meta({ id: "PathsResponse" });
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

/** A document's metadata row (without its file name and text) and the length of its text. */
const documentSummarySchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    title_en: z.string(),
    kind: z.string(),
    publisher: z.string(),
    authors: z.array(z.string()),
    date: z.string(),
    date_note: z.string(),
    language: z.string(),
    length: count.describe("Length of the text in UTF-16 code units"),
  })
  .meta({ id: "DocumentSummary" });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export const documentsResponseSchema = z.strictObject({ documents: z.array(documentSummarySchema) });

/** A character span in a document's text (start inclusive, end exclusive, in UTF-16 units as JS counts). */
const span = { start: count, end: count };
export type Span = { start: number; end: number };

export const documentResponseSchema = z
  .strictObject({
    document: documentSummarySchema.extend({ text: z.string() }),
    quotes: z
      .array(z.strictObject({ ...span, source: z.string(), type: relationType, target: z.string() }))
      .describe("Every evidence quote's span, with the relation it supports"),
    mentions: z
      .array(z.strictObject({ ...span, entity: z.string() }))
      .describe("Every place an entity's name or alias appears"),
  })
  .meta({ id: "DocumentResponse" });
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export const statsResponseSchema = z
  .strictObject({
    entities: count,
    relations: count,
    documents: count,
    byEntityType: z.partialRecord(entityType, count),
    byRelationType: z.partialRecord(relationType, count),
    byDocument: z.array(
      z.strictObject({ id: z.string(), title: z.string(), entities: count, relations: count }),
    ),
    dataVersion: z.string().describe("Identifies the loaded data (a hash of the data files)"),
  })
  .meta({ id: "StatsResponse" });
export type StatsResponse = z.infer<typeof statsResponseSchema>;

export const healthResponseSchema = z
  .strictObject({ status: z.enum(["ok", "degraded"]), neo4j: z.enum(["up", "down"]) })
  .meta({ id: "HealthResponse" });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

// The schemas above restate the data rows' fields; these fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<Omit<EntityDetail, "pinyin" | "pinyin_initials" | "degree">, EntityRecord>>();
agree<Same<Omit<DocumentSummary, "length">, Omit<DocumentRecord, "file" | "text">>>();
