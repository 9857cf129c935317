// The insight state the app holds: the whole graph, metrics for it and for the view (in a worker),
// the appearance settings, and the current highlight; plus the decorators that draw them.
import { useCallback, useMemo, useState } from "react";
import type { Subgraph } from "../../model/api.js";
import type { ExplorerGraph } from "../graph/attributes.js";
import { OVERVIEW_ORIGIN } from "../graph/attributes.js";
import { mergeSubgraph } from "../graph/merge.js";
import type { Visible } from "../graph/visibility.js";
import type { Decorators } from "../sigma/reducers.js";
import type { GraphSource } from "../source/GraphSource.js";
import { useAsync, type Async } from "../state/useAsync.js";
import { DEFAULT_APPEARANCE, makeDecorators, type Appearance, type Highlight } from "./decorate.js";
import { documentCount } from "./quality.js";
import type { MetricInput } from "./types.js";
import { useMetricsWorker, type MetricState } from "./useMetricsWorker.js";

export interface InsightHandle {
  whole: Async<Subgraph>;
  metrics: Record<"whole" | "view", MetricState>;
  appearance: Appearance;
  setAppearance(patch: Partial<Appearance>): void;
  highlight: Highlight | null;
  setHighlight(h: Highlight | null): void;
  /** Brings a subgraph's missing nodes into the explorer graph, so a highlight can show them. */
  reveal(sub: Subgraph): void;
  decorate: Decorators | null;
  /** Display name of an entity, from the whole graph or the explorer graph. */
  name(id: string): string;
}

/** Metrics and the fund table want the whole graph; past this many nodes they work on the best-connected part. */
const WHOLE_GRAPH_LIMIT = 10_000;

const toInput = (sub: Pick<Subgraph, "nodes" | "edges">): MetricInput => ({
  nodes: sub.nodes.map((n) => ({ id: n.id, type: n.type, name_zh: n.name_zh, name_en: n.name_en })),
  edges: sub.edges.map((e) => ({
    source: e.source,
    target: e.target,
    weight: Math.max(1, e.evidenceCount),
  })),
});

function viewInput(graph: ExplorerGraph, visible: Visible): MetricInput {
  const nodes = [...visible.nodes].filter(
    (n) => graph.hasNode(n) && graph.getNodeAttribute(n, "kind") === "entity",
  );
  const keep = new Set(nodes);
  return {
    nodes: nodes.map((id) => {
      const a = graph.getNodeAttributes(id);
      return { id, type: a.etype, name_zh: a.name_zh, name_en: a.name_en };
    }),
    edges: [...visible.edges]
      .filter((e) => graph.hasEdge(e) && keep.has(graph.source(e)) && keep.has(graph.target(e)))
      .map((e) => ({
        source: graph.source(e),
        target: graph.target(e),
        weight: Math.max(1, graph.getEdgeAttribute(e, "evidenceCount")),
      })),
  };
}

export function useInsight(
  source: GraphSource,
  graph: ExplorerGraph,
  visible: Visible,
  active: boolean,
): InsightHandle {
  const [appearance, setAppearanceState] = useState<Appearance>(DEFAULT_APPEARANCE);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  // The whole graph is fetched only once the insight panel has been opened.
  const [wanted, setWanted] = useState(false);
  if (active && !wanted) setWanted(true);
  const whole = useAsync<Subgraph>(wanted ? "whole" : null, () => source.overview(WHOLE_GRAPH_LIMIT));
  // useAsync builds a new wrapper each render; the value inside is what stays the same.
  const wholeGraph = whole.status === "ok" ? whole.value : null;
  const wholeInput = useMemo(() => (wholeGraph ? toInput(wholeGraph) : null), [wholeGraph]);
  const viewIn = useMemo(() => (wanted ? viewInput(graph, visible) : null), [wanted, graph, visible]);
  const metrics = useMetricsWorker(wholeInput, viewIn);

  const setAppearance = useCallback(
    (patch: Partial<Appearance>) => setAppearanceState((a) => ({ ...a, ...patch })),
    [],
  );
  const names = useMemo(
    () => new Map(wholeGraph ? wholeGraph.nodes.map((n) => [n.id, n]) : []),
    [wholeGraph],
  );
  const name = useCallback(
    (id: string) => {
      const n = names.get(id);
      if (n) return n.name_zh || n.name_en || id;
      return graph.hasNode(id)
        ? graph.getNodeAttribute(id, "name_zh") || graph.getNodeAttribute(id, "name_en") || id
        : id;
    },
    [names, graph],
  );
  const reveal = useCallback(
    (sub: Subgraph) =>
      void mergeSubgraph(
        graph,
        { ...sub, nodes: sub.nodes.filter((n) => !graph.hasNode(n.id)) },
        OVERVIEW_ORIGIN,
      ),
    [graph],
  );

  const scoped = metrics[appearance.scope];
  const result = scoped.status === "ok" ? scoped.result : null;
  const multiNodes = useMemo(() => {
    if (!appearance.multiOnly) return null;
    const keep = new Set<string>();
    for (const e of visible.edges)
      if (graph.hasEdge(e) && documentCount(graph.getEdgeAttribute(e, "facets")) >= 2) {
        keep.add(graph.source(e));
        keep.add(graph.target(e));
      }
    return keep;
  }, [appearance.multiOnly, visible, graph]);
  const plain =
    appearance.sizeBy === "none" &&
    appearance.colourBy === "type" &&
    !appearance.markQuality &&
    !appearance.multiOnly &&
    !highlight;
  const decorate = useMemo(
    () => (plain ? null : makeDecorators(appearance, result, highlight, multiNodes)),
    [plain, appearance, result, highlight, multiNodes],
  );

  return { whole, metrics, appearance, setAppearance, highlight, setHighlight, reveal, decorate, name };
}
