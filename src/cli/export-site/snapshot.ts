// Takes the offline snapshot through the read API itself (buildApp + inject), so the bundle holds exactly
// what the server would answer: the whole graph, every entity's details and every document with its spans.
import type { FastifyInstance } from "fastify";
import type {
  DocumentResponse,
  DocumentSummary,
  EntityResponse,
  StatsResponse,
  Subgraph,
} from "../../model/api.js";
import { SNAPSHOT_FORMAT, type Snapshot } from "../../model/snapshot.js";

/** The whole graph fits one answer of /api/graph up to this many entities. */
const GRAPH_LIMIT = 10_000;

/** Reads one API answer; `url` is absolute on the API's origin, e.g. "/api/stats". */
export type GetJson = <T>(url: string) => Promise<T>;

/** A GetJson over an in-process app (no port needed). */
function injector(app: FastifyInstance): GetJson {
  return async <T>(url: string): Promise<T> => {
    const res = await app.inject({ method: "GET", url });
    if (res.statusCode !== 200)
      throw new Error(
        `export-site: GET ${url} answered ${res.statusCode}: ${res.body}. Is the database loaded (npm run load)?`,
      );
    return res.json<T>();
  };
}

/** Reads everything the explorer can ask for from the API into one snapshot (pass `app` or a GetJson). */
export async function takeSnapshot(from: FastifyInstance | GetJson): Promise<Snapshot> {
  const read = typeof from === "function" ? from : injector(from);
  const stats = await read<StatsResponse>("/api/stats");
  const graph = await read<Subgraph>(`/api/graph?limit=${GRAPH_LIMIT}&evidence=all`);
  if (graph.truncated)
    throw new Error(
      `export-site: the graph has more than ${GRAPH_LIMIT} entities; the offline bundle holds at most that many.`,
    );
  // The bundle opens on the server's own opening view: its most connected entities when it caps them.
  const opening = await read<Subgraph>("/api/graph");
  const docsBody = await read<{ documents: DocumentSummary[] } | DocumentSummary[]>("/api/documents");
  const documents = Array.isArray(docsBody) ? docsBody : docsBody.documents;
  const entities: Snapshot["entities"] = {};
  for (const node of graph.nodes) {
    const answer = await read<EntityResponse>(`/api/entities/${encodeURIComponent(node.id)}`);
    // Evidence documents come back from the edges; only the documents that merely mention it need keeping.
    const evidenceDocs = new Set(answer.relations.flatMap((r) => r.evidence.map((e) => e.doc)));
    entities[node.id] = {
      detail: answer.entity,
      mentionedIn: answer.documents.map((d) => d.id).filter((d) => !evidenceDocs.has(d)),
    };
  }
  const documentDetails: Record<string, DocumentResponse> = {};
  for (const doc of documents)
    documentDetails[doc.id] = await read<DocumentResponse>(`/api/documents/${encodeURIComponent(doc.id)}`);
  return {
    format: SNAPSHOT_FORMAT,
    createdAt: new Date().toISOString(),
    stats,
    ...(opening.truncated ? { overviewLimit: opening.nodes.length } : {}),
    nodes: graph.nodes,
    edges: graph.edges,
    entities,
    documents,
    documentDetails,
  };
}

/** The snapshot as a classic script: a file:// page cannot fetch JSON, but it can run a <script src>. */
export function snapshotScript(snapshot: Snapshot): string {
  // `</script` inside a string would end an inline script; escaping "<" keeps the JSON inert anywhere.
  return `window.__SNAPSHOT__ = ${JSON.stringify(snapshot).replace(/</g, "\\u003c")};\n`;
}
