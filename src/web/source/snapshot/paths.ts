// All shortest undirected paths over the snapshot, as cypher/paths.cypher (up to 6 hops, at most 20 paths,
// every parallel relation a separate path), using graphology-shortest-path for the distances.
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";
import type { GraphEdge, PathsResponse } from "../../../model/api.js";
import type { SnapshotGraph } from "./graph.js";

const MAX_HOPS = 6;
const PATH_LIMIT = 20;

/** Relations between two entities, either direction (graphology's `edges(a, b)` ignores direction). */
const between = (graph: SnapshotGraph, a: string, b: string): GraphEdge[] =>
  graph.edges(a, b).map((e) => graph.getEdgeAttributes(e));

/** Shortest paths from `from` to `to`; null when either id is unknown (the caller says which). */
export function shortestPaths(graph: SnapshotGraph, from: string, to: string, maxLength = 4): PathsResponse {
  if (from === to) return { paths: [{ nodes: [graph.getNodeAttributes(from)], edges: [] }] };
  const dFrom = undirectedSingleSourceLength(graph, from);
  const dTo = undirectedSingleSourceLength(graph, to);
  const length = dFrom[to];
  if (length === undefined || length > MAX_HOPS) return { paths: [] };
  const onPath = (n: string, step: number) => dFrom[n] === step && dTo[n] === length - step;
  const sequences: string[][] = [];
  const walk = (seq: string[]) => {
    if (sequences.length >= PATH_LIMIT * 4) return;
    const last = seq[seq.length - 1]!;
    if (last === to) return void sequences.push(seq);
    for (const n of new Set(graph.neighbors(last))) if (onPath(n, seq.length)) walk([...seq, n]);
  };
  walk([from]);
  const paths: PathsResponse["paths"] = [];
  for (const seq of sequences) {
    let choices: GraphEdge[][] = [[]];
    for (let i = 1; i < seq.length; i++) {
      const options = between(graph, seq[i - 1]!, seq[i]!);
      choices = choices.flatMap((c) => options.map((o) => [...c, o]));
    }
    for (const edges of choices) {
      if (paths.length >= PATH_LIMIT) break;
      paths.push({ nodes: seq.map((n) => graph.getNodeAttributes(n)), edges });
    }
  }
  return { paths: paths.filter((p) => p.edges.length <= maxLength) };
}
