// Small subgraphs shared by the explorer's unit tests (not a test file itself).
import type { GraphEdge, GraphNode, Subgraph } from "../../src/model/api.js";
import type { EntityType, RelationType } from "../../src/model/vocabulary.js";

export const node = (id: string, type: EntityType = "Company", degree = 1): GraphNode => ({
  id,
  type,
  subtype: type,
  name_zh: `${id}中`,
  name_en: `${id} en`,
  degree,
});

export const edge = (
  source: string,
  type: RelationType,
  target: string,
  doc = "d1",
  date = "",
): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  evidenceCount: 1,
  evidence: [{ doc, quote: `${source} ${type} ${target}`, certainty: "explicit", date }],
});

export const sub = (nodes: GraphNode[], edges: GraphEdge[], extra: Partial<Subgraph> = {}): Subgraph => ({
  nodes,
  edges,
  truncated: false,
  ...extra,
});
