// Data quality of relations and entities: how many documents back each relation, whether any
// evidence states it outright, and how many documents speak of each entity. Each judges the facets of
// every piece of evidence (`edgeFacets`), not a summarised answer's first piece.
import type { EvidenceFacet, Subgraph } from "../../model/api.js";
import { edgeFacets } from "../../model/evidence.js";

/** `multi`: stated in 2+ documents; `single`: one document; `implied`: no evidence states it explicitly. */
export type EdgeQuality = "multi" | "single" | "implied";

export function edgeQuality(evidence: readonly EvidenceFacet[]): EdgeQuality {
  if (evidence.length > 0 && evidence.every((ev) => ev.certainty === "implied")) return "implied";
  return documentCount(evidence) >= 2 ? "multi" : "single";
}

/** Distinct documents among the evidence. */
export function documentCount(evidence: readonly EvidenceFacet[]): number {
  return new Set(evidence.map((ev) => ev.doc)).size;
}

/** Per entity: the documents that give evidence for any of its relations. */
export function coverage(sub: Pick<Subgraph, "nodes" | "edges">): Map<string, Set<string>> {
  const docs = new Map(sub.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of sub.edges)
    for (const ev of edgeFacets(e)) {
      docs.get(e.source)?.add(ev.doc);
      docs.get(e.target)?.add(ev.doc);
    }
  return docs;
}

/** Counts of each quality class, for the panel's summary line. */
export function qualityCounts(edges: Iterable<readonly EvidenceFacet[]>): Record<EdgeQuality, number> {
  const counts: Record<EdgeQuality, number> = { multi: 0, single: 0, implied: 0 };
  for (const ev of edges) if (ev.length > 0) counts[edgeQuality(ev)]++;
  return counts;
}
