// The graph an export writes: plain entities and relations (no layout or UI state), built from the
// explorer's view or from the whole graph, with evidence flattened into attributes the formats can hold.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode } from "../../model/api.js";
import type { ExplorerGraph } from "../graph/attributes.js";

interface ExportNodeAttrs {
  label: string;
  type: string;
  subtype: string;
  name_zh: string;
  name_en: string;
  degree: number;
  x?: number;
  y?: number;
  color?: string;
  size?: number;
}

interface ExportEdgeAttrs {
  type: string;
  label: string;
  docs: string;
  quotes: string;
  certainty: string;
  evidence: string;
  weight: number;
}

export type ExportGraph = MultiDirectedGraph<ExportNodeAttrs, ExportEdgeAttrs>;

const edgeAttrs = (type: string, evidence: GraphEdge["evidence"]): ExportEdgeAttrs => ({
  type,
  label: type,
  docs: evidence.map((e) => e.doc).join("|"),
  quotes: evidence.map((e) => e.quote).join("|"),
  certainty: evidence.map((e) => e.certainty).join("|"),
  evidence: JSON.stringify(evidence),
  weight: Math.max(1, evidence.length),
});

const nodeAttrs = (n: GraphNode): ExportNodeAttrs => ({
  label: n.name_zh || n.name_en,
  type: n.type,
  subtype: n.subtype,
  name_zh: n.name_zh,
  name_en: n.name_en,
  degree: n.degree,
});

/** The whole graph (or any subgraph answer) as an export graph. */
export function fromSubgraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): ExportGraph {
  const g: ExportGraph = new MultiDirectedGraph();
  for (const n of nodes) g.addNode(n.id, nodeAttrs(n));
  for (const e of edges)
    if (g.hasNode(e.source) && g.hasNode(e.target))
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e.type, e.evidence));
  return g;
}

/** What the view shows (real entities only), with positions and colours so Gephi opens it as seen. */
export function fromView(
  graph: ExplorerGraph,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): ExportGraph {
  const g: ExportGraph = new MultiDirectedGraph();
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    if (a.kind !== "entity") continue;
    g.addNode(id, {
      ...nodeAttrs({
        id,
        type: a.etype,
        subtype: a.subtype,
        name_zh: a.name_zh,
        name_en: a.name_en,
        degree: a.degree,
      }),
      x: a.x,
      y: a.y,
      color: a.color,
      size: a.size,
    });
  }
  for (const e of edges) {
    const [s, t] = [graph.source(e), graph.target(e)];
    if (g.hasNode(s) && g.hasNode(t))
      g.addDirectedEdgeWithKey(
        e,
        s,
        t,
        edgeAttrs(graph.getEdgeAttribute(e, "rtype"), graph.getEdgeAttribute(e, "evidence")),
      );
  }
  return g;
}

/** Nodes and edges back in the API's shapes (for CSV and JSON). */
export function toRecords(g: ExportGraph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: g.mapNodes(
      (id, a) =>
        ({
          id,
          type: a.type,
          subtype: a.subtype,
          name_zh: a.name_zh,
          name_en: a.name_en,
          degree: a.degree,
        }) as GraphNode,
    ),
    edges: g.mapEdges(
      (id, a, source, target) =>
        ({
          id,
          source,
          target,
          type: a.type,
          evidence: JSON.parse(a.evidence) as GraphEdge["evidence"],
        }) as GraphEdge,
    ),
  };
}
