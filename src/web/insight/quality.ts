// Data quality of relations and entities: how many documents back each relation, whether any
// evidence states it outright, and how many documents speak of each entity.
import type { Evidence, Subgraph } from "../../model/api.js";

/** `multi`: stated in 2+ documents; `single`: one document; `implied`: no evidence states it explicitly. */
export type EdgeQuality = "multi" | "single" | "implied";

export function edgeQuality(evidence: readonly Evidence[]): EdgeQuality {
  if (evidence.length > 0 && evidence.every((ev) => ev.certainty === "implied")) return "implied";
  return documentCount(evidence) >= 2 ? "multi" : "single";
}

/** Distinct documents among the evidence. */
export function documentCount(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((ev) => ev.doc)).size;
}

/** Per entity: the documents that give evidence for any of its relations. */
export function coverage(sub: Pick<Subgraph, "nodes" | "edges">): Map<string, Set<string>> {
  const docs = new Map(sub.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of sub.edges)
    for (const ev of e.evidence) {
      docs.get(e.source)?.add(ev.doc);
      docs.get(e.target)?.add(ev.doc);
    }
  return docs;
}

/** Counts of each quality class, for the panel's summary line. */
export function qualityCounts(edges: Iterable<readonly Evidence[]>): Record<EdgeQuality, number> {
  const counts: Record<EdgeQuality, number> = { multi: 0, single: 0, implied: 0 };
  for (const ev of edges) if (ev.length > 0) counts[edgeQuality(ev)]++;
  return counts;
}
