// Merges API subgraphs into the explorer graph; new nodes start beside the node they came from.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, Subgraph } from "../../model/api.js";
import { ENTITY_TYPE_INFO, RELATION_TYPE_INFO, type EntityType } from "../../model/vocabulary.js";
import { moreNodeId, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from "./attributes.js";
import { assignCurvatures } from "./curvature.js";

export function createExplorerGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

/** Node radius in pixels from the node's degree: a square-root scale, so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  return Math.min(24, 3 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

function nodeAttrs(n: GraphNode, x: number, y: number, origin: string): NodeAttrs {
  return {
    x,
    y,
    size: nodeSize(n.degree),
    color: ENTITY_TYPE_INFO[n.type]?.colour ?? "#999",
    label: n.name_zh || n.name_en,
    kind: "entity",
    etype: n.type,
    subtype: n.subtype,
    name_zh: n.name_zh,
    name_en: n.name_en,
    degree: n.degree,
    origins: [origin],
  };
}

function edgeAttrs(e: GraphEdge, origin: string): EdgeAttrs {
  const info = RELATION_TYPE_INFO[e.type];
  return {
    type: info?.directed === false ? "line" : "arrow",
    rtype: e.type,
    evidence: e.evidence,
    evidenceCount: e.evidenceCount,
    origins: [origin],
    size: Math.min(5, 1 + 0.6 * e.evidenceCount),
    color: info?.colour ?? "#bbb",
    curvature: 0,
  };
}

const addOrigin = (list: string[], origin: string): string[] =>
  list.includes(origin) ? list : [...list, origin];

/** A number in [0, 1) derived from a string (FNV-1a), stable across runs. */
function idJitter(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

/** Where a new node starts: near the anchor (with a little scatter), or on a ring when there is none. */
function startPosition(
  graph: ExplorerGraph,
  anchor: string | undefined,
  i: number,
  n: number,
  id: string,
): { x: number; y: number } {
  // Scatter from the id, not Math.random: the same data always starts, and so lays out, the same way.
  const jitter = idJitter(id);
  const angle = (2 * Math.PI * i) / Math.max(1, n) + jitter * 0.3;
  if (anchor && graph.hasNode(anchor)) {
    const a = graph.getNodeAttributes(anchor);
    const r = 5 + jitter * 10;
    return { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) };
  }
  const r = 10 * Math.sqrt(n) * (0.5 + jitter * 0.5);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Adds a subgraph's nodes and edges (tagging them with `origin`) and returns the ids of nodes that were new.
 * Existing nodes keep their position; their origin list grows.
 */
export function mergeSubgraph(
  graph: ExplorerGraph,
  sub: Subgraph,
  origin: string,
  anchor?: string,
): string[] {
  const added: string[] = [];
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id));
  sub.nodes.forEach((n) => {
    if (graph.hasNode(n.id)) {
      graph.updateNodeAttribute(n.id, "origins", (o) => addOrigin(o ?? [], origin));
      return;
    }
    const pos = startPosition(graph, anchor, added.length, fresh.length, n.id);
    graph.addNode(n.id, nodeAttrs(n, pos.x, pos.y, origin));
    added.push(n.id);
  });
  for (const e of sub.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id)) graph.updateEdgeAttribute(e.id, "origins", (o) => addOrigin(o ?? [], origin));
    else graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e, origin));
  }
  if (sub.truncated && anchor && sub.omitted) addMoreNodes(graph, anchor, sub.omitted, origin);
  assignCurvatures(graph);
  return added;
}

/** One "+N more" placeholder per entity type a truncated expansion left out. */
function addMoreNodes(
  graph: ExplorerGraph,
  parent: string,
  omitted: Partial<Record<EntityType, number>>,
  origin: string,
): void {
  const limit = Number(origin.split("~")[4]) || 0;
  const p = graph.getNodeAttributes(parent);
  for (const [type, count] of Object.entries(omitted) as [EntityType, number][]) {
    if (!count) continue;
    const id = moreNodeId(parent, type);
    const attrs: NodeAttrs = {
      ...nodeAttrs({ id, type, subtype: "", name_zh: "", name_en: "", degree: 0 }, p.x + 8, p.y + 8, origin),
      kind: "more",
      label: `+${count}`,
      size: 6,
      moreParent: parent,
      moreCount: count,
      moreLimit: limit,
    };
    if (graph.hasNode(id))
      graph.mergeNodeAttributes(id, {
        ...attrs,
        x: graph.getNodeAttribute(id, "x"),
        y: graph.getNodeAttribute(id, "y"),
      });
    else graph.addNode(id, attrs);
    const key = `${parent}|MORE|${type}`;
    if (!graph.hasEdge(key))
      graph.addDirectedEdgeWithKey(key, parent, id, {
        type: "line",
        rtype: "PART_OF",
        evidence: [],
        evidenceCount: 0,
        origins: [origin],
        size: 1,
        color: "#ccc",
        curvature: 0,
      });
  }
}
