// Node metrics and communities with graphology's standard library; pure, so the worker and the tests share it.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { weightedDegree } from "graphology-metrics/node/weighted-degree";
import type { Community, MetricInput, MetricResult, NodeMetrics } from "./types.js";
import { seededRandom } from "../../model/seeded-random.js";

interface W {
  weight: number;
}

/** Twelve well-separated colours for communities; larger indexes reuse them. */
const COMMUNITY_COLOURS = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#ad494a",
  "#637939",
];

/**
 * One undirected simple graph for the metrics: parallel and opposite relations between two entities
 * merge into one edge whose weight is their summed evidence count; self-loops are dropped.
 */
export function toMetricGraph(input: MetricInput): Graph<Record<string, unknown>, W> {
  const g = new Graph<Record<string, unknown>, W>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of input.nodes) g.mergeNode(n.id);
  for (const e of input.edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.updateEdge(e.source, e.target, (a) => ({ weight: (a.weight ?? 0) + e.weight }));
  }
  return g;
}

/** Degree, weighted degree (evidence), betweenness (normalised), PageRank and Louvain communities. */
export function computeMetrics(input: MetricInput): MetricResult {
  const g = toMetricGraph(input);
  if (g.order === 0) return { nodes: {}, communities: [], modularity: 0 };
  const bc = betweennessCentrality(g, { normalized: true });
  const pr =
    g.size > 0
      ? pagerank(g, { getEdgeWeight: "weight" })
      : Object.fromEntries(g.nodes().map((n) => [n, 1 / g.order]));
  const louv = g.size > 0 ? louvain.detailed(g, { getEdgeWeight: "weight", rng: seededRandom(42) }) : null;
  const raw = louv?.communities ?? Object.fromEntries(g.nodes().map((n, i) => [n, i]));
  const renumber = rankCommunities(raw);
  const nodes: Record<string, NodeMetrics> = {};
  g.forEachNode((n) => {
    nodes[n] = {
      degree: g.degree(n),
      weightedDegree: weightedDegree(g, n, "weight"),
      betweenness: bc[n] ?? 0,
      pagerank: pr[n] ?? 0,
      community: renumber.get(raw[n] ?? 0) ?? 0,
    };
  });
  return { nodes, communities: nameCommunities(input, nodes), modularity: louv?.modularity ?? 0 };
}

/** Renumbers communities by size, largest first, so colours stay stable between runs. */
function rankCommunities(raw: Record<string, number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(order.map(([c], i) => [c, i]));
}

/** Each community is named by its most central members (by PageRank). */
function nameCommunities(input: MetricInput, nodes: Record<string, NodeMetrics>, leaders = 2): Community[] {
  const names = new Map(input.nodes.map((n) => [n.id, n.name_zh || n.name_en || n.id]));
  const groups = new Map<number, string[]>();
  for (const [id, m] of Object.entries(nodes))
    groups.set(m.community, [...(groups.get(m.community) ?? []), id]);
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, members]) => {
      const ranked = members.sort(
        (a, b) => (nodes[b]?.pagerank ?? 0) - (nodes[a]?.pagerank ?? 0) || a.localeCompare(b),
      );
      return {
        id,
        size: members.length,
        leaders: ranked,
        name: ranked
          .slice(0, leaders)
          .map((m) => names.get(m) ?? m)
          .join(" · "),
        colour: COMMUNITY_COLOURS[id % COMMUNITY_COLOURS.length] ?? "#999",
      };
    });
}
