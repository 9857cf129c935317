// Turns an entity answer into a small subgraph (the entity, its neighbours and relations) for merging.
import type { EntityResponse, GraphNode, Subgraph } from "../../model/api.js";

export function entityToSubgraph(r: EntityResponse): Subgraph {
  const self: GraphNode = {
    id: r.entity.id,
    type: r.entity.type,
    subtype: r.entity.subtype,
    name_zh: r.entity.name_zh,
    name_en: r.entity.name_en,
    degree: r.entity.degree,
  };
  return {
    nodes: [self, ...(r.neighbours ?? [])],
    edges: r.relations.map((rel) => ({ id: `${rel.source}|${rel.type}|${rel.target}`, ...rel })),
    truncated: false,
  };
}
