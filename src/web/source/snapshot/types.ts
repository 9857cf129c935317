// The offline snapshot: the whole graph, entity details and documents, as `npm run export:site` writes it.
import type {
  DocumentResponse,
  DocumentSummary,
  EntityDetail,
  GraphEdge,
  GraphNode,
  StatsResponse,
} from "../../../model/api.js";

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotEntity {
  detail: EntityDetail;
  /** Ids of the documents that mention the entity (its evidence documents are added from its edges). */
  mentionedIn: string[];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** When the snapshot was taken (ISO). */
  createdAt: string;
  stats: StatsResponse;
  nodes: GraphNode[];
  edges: GraphEdge[];
  entities: Record<string, SnapshotEntity>;
  documents: DocumentSummary[];
  documentDetails: Record<string, DocumentResponse>;
}

declare global {
  interface Window {
    /** Set by the offline bundle's snapshot.js; when present the app answers from it, not from /api. */
    __SNAPSHOT__?: Snapshot;
  }
}

/** Checks the outer shape of a snapshot; the error says which field is wrong and how to make a new one. */
export function validateSnapshot(value: unknown): Snapshot {
  const fix = "re-create it with `npm run export:site -- --out DIR`";
  if (!value || typeof value !== "object")
    throw new Error(`snapshot: expected an object, got ${typeof value}; ${fix}`);
  const s = value as Partial<Snapshot>;
  if (s.format !== SNAPSHOT_FORMAT)
    throw new Error(`snapshot: "format" must be ${SNAPSHOT_FORMAT}, got ${String(s.format)}; ${fix}`);
  for (const key of ["nodes", "edges", "documents"] as const)
    if (!Array.isArray(s[key])) throw new Error(`snapshot: "${key}" must be an array; ${fix}`);
  for (const key of ["entities", "documentDetails", "stats"] as const)
    if (!s[key] || typeof s[key] !== "object")
      throw new Error(`snapshot: "${key}" must be an object; ${fix}`);
  return s as Snapshot;
}
