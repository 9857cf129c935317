// Shapes of the read API's answers, shared by the server, the browser and the offline snapshot.
import type { DocumentRecord, EntityRecord } from "./records.js";
import type { Certainty, EntityType, RelationType } from "./vocabulary.js";

/** The naming fields every answer about an entity carries, taken from its data row. */
type EntityNames = Pick<EntityRecord, "id" | "type" | "subtype" | "name_zh" | "name_en">;

export interface Evidence {
  doc: string;
  /** Title of the document, for display. */
  doc_title?: string;
  quote: string;
  certainty: Certainty;
  amount?: string;
  date?: string;
  note?: string;
}

/** A node as graph views need it. */
export interface GraphNode extends EntityNames {
  degree: number;
}

/** An edge: one relationship with every piece of evidence merged onto it. */
export interface GraphEdge {
  /** Stable id: `${source}|${type}|${target}`. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  /** When truncated: how many nodes were left out, by entity type. */
  omitted?: Partial<Record<EntityType, number>>;
}

export interface SearchResult extends EntityNames {
  score: number;
  /** Which surface form matched (a name, alias or pinyin), for display. */
  matched?: string;
}

/** Everything the data row says about an entity, plus what the loader computes. */
export interface EntityDetail extends EntityRecord {
  pinyin: string;
  pinyin_initials: string;
  degree: number;
}

/** A relation of one entity: an edge without its id. */
export type EntityRelation = Omit<GraphEdge, "id">;

export interface EntityResponse {
  entity: EntityDetail;
  relations: EntityRelation[];
  /** The entities at the other end of each relation, so a panel can name them. */
  neighbours: GraphNode[];
  documents: { id: string; title: string; title_en: string; date: string }[];
  /** True when a hub has more relations than the API lists (its best-connected neighbours come first). */
  truncated?: boolean;
}

export interface PathsResponse {
  paths: { nodes: GraphNode[]; edges: GraphEdge[] }[];
}

/** A document's metadata row (without its file name and text) and the length of its text. */
export interface DocumentSummary extends Omit<DocumentRecord, "file" | "text"> {
  length: number;
}

/** A character span in a document's text (start inclusive, end exclusive, in UTF-16 units as JS counts). */
export interface Span {
  start: number;
  end: number;
}

export interface DocumentResponse {
  document: DocumentSummary & { text: string };
  /** Every evidence quote's span, with the relation it supports. */
  quotes: (Span & { source: string; type: RelationType; target: string })[];
  /** Every place an entity's name or alias appears. */
  mentions: (Span & { entity: string })[];
}

export interface StatsResponse {
  entities: number;
  relations: number;
  documents: number;
  byEntityType: Partial<Record<EntityType, number>>;
  byRelationType: Partial<Record<RelationType, number>>;
  byDocument: { id: string; title: string; entities: number; relations: number }[];
  /** Identifies the loaded data (a hash of the data files), for citing a view. */
  dataVersion: string;
}

export interface HealthResponse {
  status: "ok" | "degraded";
  neo4j: "up" | "down";
}

export interface ApiError {
  error: string;
  param?: string;
}
