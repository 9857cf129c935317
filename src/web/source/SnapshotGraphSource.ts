// GraphSource over an offline snapshot held in graphology: the offline bundle answers every question in
// the browser, with the same shapes (and, by the parity spec, the same answers) as the HTTP API.
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
import { summariseSubgraph } from "../../model/api.js";
import type { RelationType } from "../../model/vocabulary.js";
import { SourceError, type GraphSource, type NeighbourhoodQuery } from "./GraphSource.js";
import { fundTrace } from "./snapshot/fundTrace.js";
import { edgesAmong, snapshotGraph, type SnapshotGraph } from "./snapshot/graph.js";
import { neighbourhood } from "./snapshot/neighbourhood.js";
import { shortestPaths } from "./snapshot/paths.js";
import { codeOrder } from "../../model/search-rank.js";
import { searchEntities } from "./snapshot/search.js";
import type { Snapshot } from "../../model/snapshot.js";
import { validateSnapshot } from "./snapshot/types.js";

const unknown = (id: string, param: string) =>
  new SourceError(`No entity with id "${id}" in the offline snapshot; search for it first.`, 404, param);

export class SnapshotGraphSource implements GraphSource {
  private readonly snapshot: Snapshot;
  private readonly graph: SnapshotGraph;

  constructor(snapshot: unknown) {
    this.snapshot = validateSnapshot(snapshot);
    this.graph = snapshotGraph(this.snapshot);
  }

  private need(id: string, param = "id"): void {
    if (!this.graph.hasNode(id)) throw unknown(id, param);
  }

  async health(): Promise<HealthResponse> {
    return { status: "ok", neo4j: "up" };
  }
  async overview(
    limit = this.snapshot.overviewLimit,
    evidence: "first" | "all" = "first",
  ): Promise<Subgraph> {
    const shape = evidence === "all" ? (s: Subgraph) => s : summariseSubgraph;
    const all = this.snapshot.nodes;
    if (!limit || limit >= all.length)
      return shape({ nodes: [...all], edges: [...this.snapshot.edges], truncated: false });
    // As /api/graph (cypher/graph-overview.cypher): the most connected entities, ties by id in code-point
    // order, with what was left out counted by type.
    const ranked = [...all].sort((a, b) => b.degree - a.degree || codeOrder(a.id, b.id));
    const kept = ranked.slice(0, limit);
    const omitted: NonNullable<Subgraph["omitted"]> = {};
    for (const n of ranked.slice(limit)) omitted[n.type] = (omitted[n.type] ?? 0) + 1;
    return shape({
      nodes: kept,
      edges: edgesAmong(this.graph, new Set(kept.map((n) => n.id))),
      truncated: true,
      omitted,
    });
  }
  async search(q: string, limit = 10): Promise<SearchResult[]> {
    return searchEntities(
      Object.values(this.snapshot.entities).map((e) => e.detail),
      q,
      limit,
    );
  }
  async entity(id: string): Promise<EntityResponse> {
    const entry = this.snapshot.entities[id];
    if (!entry || !this.graph.hasNode(id)) throw unknown(id, "id");
    const g = this.graph;
    const other = (e: string) => (g.source(e) === id ? g.target(e) : g.source(e));
    const edges = g
      .edges(id)
      .sort(
        (a, b) =>
          g.getNodeAttribute(other(b), "degree") - g.getNodeAttribute(other(a), "degree") ||
          codeOrder(other(a), other(b)),
      );
    const relations = edges.map((e) => {
      const { id: _id, ...relation } = g.getEdgeAttributes(e);
      return relation;
    });
    const neighbours = [...new Set(edges.map(other))].map((n) => g.getNodeAttributes(n));
    const cited = new Set([
      ...entry.mentionedIn,
      ...relations.flatMap((r) => r.evidence.map((ev) => ev.doc)),
    ]);
    const documents = this.snapshot.documents
      .filter((d) => cited.has(d.id))
      .map((d) => ({ id: d.id, title: d.title, title_en: d.title_en, date: d.date }));
    return { entity: entry.detail, relations, neighbours, documents };
  }
  async edgeEvidence(source: string, type: RelationType, target: string): Promise<GraphEdge> {
    const edge = this.graph.findOutEdge(source, target, (_e, attrs) => attrs.type === type);
    if (edge === undefined)
      throw new SourceError(
        `No ${type} relation from "${source}" to "${target}" in the offline snapshot.`,
        404,
      );
    return this.graph.getEdgeAttributes(edge);
  }
  async neighbourhood(q: NeighbourhoodQuery): Promise<Subgraph> {
    const result = neighbourhood(this.graph, q);
    if (!result) throw unknown(q.id, "id");
    return summariseSubgraph(result);
  }
  async paths(from: string, to: string, maxLength?: number): Promise<PathsResponse> {
    this.need(from, "from");
    this.need(to, "to");
    return shortestPaths(this.graph, from, to, maxLength);
  }
  async fundTrace(id: string): Promise<Subgraph> {
    try {
      const result = fundTrace(this.graph, id);
      if (!result) throw unknown(id, "id");
      return summariseSubgraph(result);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError(String(err instanceof Error ? err.message : err), 400, "id");
    }
  }
  async documents(): Promise<DocumentSummary[]> {
    return [...this.snapshot.documents];
  }
  async document(id: string): Promise<DocumentResponse> {
    const doc = this.snapshot.documentDetails[id];
    if (!doc) throw new SourceError(`No document with id "${id}" in the offline snapshot.`, 404, "id");
    return doc;
  }
  async stats(): Promise<StatsResponse> {
    return this.snapshot.stats;
  }
}
