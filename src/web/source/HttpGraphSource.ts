// GraphSource over the read API (/api/...), Neo4j behind it.
import type {
  ApiError,
  DocumentResponse,
  DocumentSummary,
  EdgeEvidenceResponse,
  EntityResponse,
  GraphEdge,
  HealthResponse,
  PathsResponse,
  SearchResult,
  StatsResponse,
  Subgraph,
} from "../../model/api.js";
import type { RelationType } from "../../model/vocabulary.js";
import { SourceError, type GraphSource, type NeighbourhoodQuery } from "./GraphSource.js";

export class HttpGraphSource implements GraphSource {
  /** @param base where the API lives, e.g. "/api" (same origin) or "http://127.0.0.1:8080/api". */
  constructor(private readonly base = "/api") {}

  private async get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
    const qs = query.toString();
    const url = `${this.base}${path}${qs ? `?${qs}` : ""}`;
    let res: Response;
    try {
      res = await fetch(url);
    } catch (err) {
      throw new SourceError(`Could not reach the API at ${url}: ${String(err)}. Is the server running?`, 0);
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const e = (body ?? {}) as Partial<ApiError>;
      throw new SourceError(
        `${url} answered ${res.status}: ${e.error ?? res.statusText}`,
        res.status,
        e.param,
      );
    }
    return body as T;
  }

  async health(): Promise<HealthResponse> {
    try {
      return await this.get<HealthResponse>("/health");
    } catch (err) {
      if (err instanceof SourceError) return { status: "degraded", neo4j: "down" };
      throw err;
    }
  }
  overview(limit?: number, evidence?: "first" | "all"): Promise<Subgraph> {
    return this.get<Subgraph>("/graph", { limit, evidence });
  }
  async search(q: string, limit = 10): Promise<SearchResult[]> {
    return (await this.get<{ results: SearchResult[] }>("/search", { q, limit })).results;
  }
  entity(id: string): Promise<EntityResponse> {
    return this.get<EntityResponse>(`/entities/${encodeURIComponent(id)}`);
  }
  async edgeEvidence(source: string, type: RelationType, target: string): Promise<GraphEdge> {
    return (await this.get<EdgeEvidenceResponse>("/evidence", { source, type, target })).edge;
  }
  neighbourhood(q: NeighbourhoodQuery): Promise<Subgraph> {
    return this.get<Subgraph>("/neighbourhood", {
      id: q.id,
      depth: q.depth,
      types: q.types?.join(","),
      relTypes: q.relTypes?.join(","),
      limit: q.limit,
    });
  }
  paths(from: string, to: string, maxLength?: number): Promise<PathsResponse> {
    return this.get<PathsResponse>("/paths", { from, to, maxLength });
  }
  fundTrace(id: string): Promise<Subgraph> {
    return this.get<Subgraph>(`/funds/${encodeURIComponent(id)}/trace`);
  }
  async documents(): Promise<DocumentSummary[]> {
    const body = await this.get<{ documents: DocumentSummary[] } | DocumentSummary[]>("/documents");
    return Array.isArray(body) ? body : body.documents;
  }
  document(id: string): Promise<DocumentResponse> {
    return this.get<DocumentResponse>(`/documents/${encodeURIComponent(id)}`);
  }
  stats(): Promise<StatsResponse> {
    return this.get<StatsResponse>("/stats");
  }
}
