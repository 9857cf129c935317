// Merges API subgraphs into the explorer graph; new nodes start beside the node they came from.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, Subgraph } from "../../model/api.js";
import { edgeFacets } from "../../model/evidence.js";
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
    facets: edgeFacets(e),
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
  const pairs = new Map<string, [string, string]>();
  for (const e of sub.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id)) graph.updateEdgeAttribute(e.id, "origins", (o) => addOrigin(o ?? [], origin));
    else {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e, origin));
      const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
      pairs.set(`${a}\u0000${b}`, [a, b]);
    }
  }
  if (sub.truncated && anchor && sub.omitted) added.push(...addMoreNodes(graph, anchor, sub.omitted, origin));
  placeBesideParents(graph, added, anchor);
  assignCurvatures(pairEdges(graph, [...pairs.values()]));
  return added;
}

/** Graph-unit distance from `id` to its nearest placed neighbours (their median), for spacing children. */
function spacing(graph: ExplorerGraph, id: string, placed: ReadonlySet<string>): number {
  const a = graph.getNodeAttributes(id);
  const d = graph
    .neighbors(id)
    .filter((n) => placed.has(n))
    .map((n) => Math.hypot(graph.getNodeAttribute(n, "x") - a.x, graph.getNodeAttribute(n, "y") - a.y))
    .sort((x, y) => x - y);
  const median = d.length ? d[Math.floor(d.length / 2)]! : 0;
  return Math.max(12, Math.min(80, median * 0.6));
}

/**
 * Starts each new node beside the already placed node it is linked to (a depth-2 neighbour beside its
 * depth-1 parent, a placeholder beside its hub), fanned out on the side away from the rest of the graph,
 * so the partial layout settles them there instead of on top of other nodes.
 */
function placeBesideParents(graph: ExplorerGraph, added: readonly string[], anchor?: string): void {
  const pending = new Set(added);
  const placed = new Set(graph.filterNodes((n) => !pending.has(n)));
  if (placed.size === 0) return;
  let [cx, cy] = [0, 0];
  for (const n of placed)
    [cx, cy] = [cx + graph.getNodeAttribute(n, "x"), cy + graph.getNodeAttribute(n, "y")];
  [cx, cy] = [cx / placed.size, cy / placed.size];
  const parentOf = (id: string): string | undefined => {
    const a = graph.getNodeAttributes(id);
    if (a.kind === "more") return a.moreParent && placed.has(a.moreParent) ? a.moreParent : undefined;
    const near = graph.neighbors(id).filter((n) => placed.has(n));
    if (anchor && near.includes(anchor)) return anchor;
    return near.sort((x, y) => graph.getNodeAttribute(y, "degree") - graph.getNodeAttribute(x, "degree"))[0];
  };
  for (let round = 0; round < 4 && pending.size > 0; round++) {
    const kids = new Map<string, string[]>();
    for (const id of pending) {
      const parent = parentOf(id);
      if (parent) kids.set(parent, [...(kids.get(parent) ?? []), id]);
    }
    if (kids.size === 0) break;
    for (const [parent, list] of kids) {
      const p = graph.getNodeAttributes(parent);
      const r = spacing(graph, parent, placed);
      const away = Math.atan2(p.y - cy, p.x - cx) || 0;
      const perRing = 10;
      list.forEach((id, i) => {
        const ring = Math.floor(i / perRing);
        const inRing = Math.min(perRing, list.length - ring * perRing);
        const spread = Math.min(2 * Math.PI, inRing * 0.55);
        const step = inRing === 1 ? 0 : spread >= 2 * Math.PI ? spread / inRing : spread / (inRing - 1);
        const angle = away - (inRing === 1 || spread >= 2 * Math.PI ? 0 : spread / 2) + step * (i % perRing);
        const dist = r * (1 + ring * 0.8);
        graph.mergeNodeAttributes(id, { x: p.x + dist * Math.cos(angle), y: p.y + dist * Math.sin(angle) });
      });
    }
    for (const list of kids.values())
      for (const id of list) {
        pending.delete(id);
        placed.add(id);
      }
  }
}

/**
 * Only the edges between the pairs that just got an edge (curvature depends on a pair's edges alone),
 * and a write only where a value changes: touching every edge made sigma re-index the whole graph on
 * every expand (issue 15).
 */
function pairEdges(
  graph: ExplorerGraph,
  pairs: readonly [string, string][],
): Parameters<typeof assignCurvatures>[0] {
  return {
    forEachEdge: (cb) => {
      // Out-edges each way: forEachDirectedEdge(a, b) already walks both directions, so calling it for
      // (a, b) and (b, a) listed every edge twice and curved every lone edge.
      for (const [a, b] of pairs) {
        graph.forEachOutEdge(a, b, (key, attrs, source, target) => cb(key, attrs, source, target));
        if (a !== b)
          graph.forEachOutEdge(b, a, (key, attrs, source, target) => cb(key, attrs, source, target));
      }
    },
    mergeEdgeAttributes: (key, attrs) => {
      const now = graph.getEdgeAttributes(key);
      if (now.curvature !== attrs.curvature || now.type !== attrs.type) graph.mergeEdgeAttributes(key, attrs);
    },
  };
}

/**
 * One "+N more" placeholder per entity type a truncated expansion left out: a node of its own kind, linked
 * to its hub by no relation (the label layer draws the tie), so legends and exports never count it.
 * Returns the ids it added.
 */
function addMoreNodes(
  graph: ExplorerGraph,
  parent: string,
  omitted: Partial<Record<EntityType, number>>,
  origin: string,
): string[] {
  const limit = Number(origin.split("~")[4]) || 0;
  const depth = Math.min(3, Math.max(1, Number(origin.split("~")[1]) || 1)) as 1 | 2 | 3;
  const p = graph.getNodeAttributes(parent);
  const added: string[] = [];
  for (const [type, count] of Object.entries(omitted) as [EntityType, number][]) {
    if (!count) continue;
    const id = moreNodeId(parent, type);
    const attrs: NodeAttrs = {
      ...nodeAttrs({ id, type, subtype: "", name_zh: "", name_en: "", degree: 0 }, p.x, p.y, origin),
      kind: "more",
      label: `+${count}`,
      size: 6,
      moreParent: parent,
      moreCount: count,
      moreLimit: limit,
      moreDepth: depth,
    };
    if (graph.hasNode(id))
      graph.mergeNodeAttributes(id, {
        ...attrs,
        x: graph.getNodeAttribute(id, "x"),
        y: graph.getNodeAttribute(id, "y"),
      });
    else {
      graph.addNode(id, attrs);
      added.push(id);
    }
  }
  return added;
}

/**
 * One page of an expansion: the nodes already on the canvas, plus at most `limit` new ones (in the
 * answer's order); new ones past the page are counted into `omitted`, so the "+N more" placeholders say
 * what is really left. The answer was asked for with room for the known nodes (see `expansionAsk`).
 */
export function newPage(graph: ExplorerGraph, sub: Subgraph, limit: number, centre: string): Subgraph {
  const fresh = sub.nodes.filter((n) => n.id !== centre && !graph.hasNode(n.id));
  if (fresh.length <= limit) return sub;
  const left = new Set(fresh.slice(limit).map((n) => n.id));
  const omitted: Partial<Record<EntityType, number>> = { ...sub.omitted };
  for (const n of fresh.slice(limit)) omitted[n.type] = (omitted[n.type] ?? 0) + 1;
  return {
    nodes: sub.nodes.filter((n) => !left.has(n.id)),
    edges: sub.edges.filter((e) => !left.has(e.source) && !left.has(e.target)),
    truncated: true,
    omitted,
  };
}

/** The page size to ask the API for, so that `limit` new nodes fit beside those already loaded. */
export function expansionAsk(graph: ExplorerGraph, limit: number): number {
  return Math.min(500, limit + graph.filterNodes((_n, a) => a.kind === "entity").length);
}
