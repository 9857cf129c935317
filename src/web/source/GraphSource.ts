// The one interface through which the explorer asks its questions; HTTP today, an offline snapshot later.
import type {
  DocumentResponse,
  DocumentSummary,
  EntityResponse,
  GraphEdge,
  HealthResponse,
  PathsResponse,
  SearchResult,
  StatsResponse,
  Subgraph,
} from "../../model/api.js";
import type { EntityType, RelationType } from "../../model/vocabulary.js";

export interface NeighbourhoodQuery {
  id: string;
  depth: 1 | 2 | 3;
  types?: readonly EntityType[];
  relTypes?: readonly RelationType[];
  limit?: number;
}

export interface GraphSource {
  health(): Promise<HealthResponse>;
  /**
   * The whole graph (or the part a source chooses to open with); `limit` asks for up to that many nodes.
   * Each edge carries its first piece of evidence, or all of them with `evidence: "all"` (exports).
   */
  overview(limit?: number, evidence?: "first" | "all"): Promise<Subgraph>;
  search(q: string, limit?: number): Promise<SearchResult[]>;
  entity(id: string): Promise<EntityResponse>;
  /** One relation with every piece of its evidence (graph answers carry only the first). */
  edgeEvidence(source: string, type: RelationType, target: string): Promise<GraphEdge>;
  neighbourhood(q: NeighbourhoodQuery): Promise<Subgraph>;
  paths(from: string, to: string, maxLength?: number): Promise<PathsResponse>;
  /** Who stands behind a fund and where its money went. */
  fundTrace(id: string): Promise<Subgraph>;
  documents(): Promise<DocumentSummary[]>;
  document(id: string): Promise<DocumentResponse>;
  stats(): Promise<StatsResponse>;
}

/** A failed question: `status` 0 means the source could not be reached at all. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly param?: string,
  ) {
    super(message);
    this.name = "SourceError";
  }
}
