// The offline snapshot's shape: the whole graph, entity details and documents, as `npm run export:site`
// writes it (src/cli) and the offline bundle reads it (src/web).
import type {
  DocumentResponse,
  DocumentSummary,
  EntityDetail,
  GraphEdge,
  GraphNode,
  StatsResponse,
} from "./api.js";

export const SNAPSHOT_FORMAT = 1;

interface SnapshotEntity {
  detail: EntityDetail;
  /** Ids of the documents that mention the entity (its evidence documents are added from its edges). */
  mentionedIn: string[];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** When the snapshot was taken (ISO). */
  createdAt: string;
  stats: StatsResponse;
  /**
   * How many entities the opening view of the server the snapshot was taken from holds (its
   * GRAPH_OVERVIEW_LIMIT), when the graph is larger; absent when that server opens on the whole graph.
   */
  overviewLimit?: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  entities: Record<string, SnapshotEntity>;
  documents: DocumentSummary[];
  documentDetails: Record<string, DocumentResponse>;
}
