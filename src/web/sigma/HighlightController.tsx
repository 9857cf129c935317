// Renderless: installs the node/edge reducers for the current visibility, hover, selection and path.
import { useEffect, useMemo } from "react";
import type { Visible } from "../graph/visibility.js";
import type { Lang } from "../i18n/strings.js";
import { useSigma } from "./context.js";
import { makeEdgeReducer, makeNodeReducer } from "./reducers.js";

export interface HighlightProps {
  visible: Visible;
  lang: Lang;
  selected: string | null;
  hovered: string | null;
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export function HighlightController({ visible, lang, selected, hovered, path }: HighlightProps) {
  const sigma = useSigma();
  const graph = sigma.getGraph();
  const hoverSet = useMemo(() => {
    if (!hovered || !graph.hasNode(hovered)) return null;
    return new Set([hovered, ...graph.neighbors(hovered).filter((n) => visible.nodes.has(n))]);
  }, [graph, hovered, visible]);

  useEffect(() => {
    const state = { visible, lang, selected, hovered, hoverSet, path };
    sigma.setSetting("nodeReducer", makeNodeReducer(state));
    sigma.setSetting(
      "edgeReducer",
      makeEdgeReducer(state, (e) => [graph.source(e), graph.target(e)]),
    );
  }, [sigma, graph, visible, lang, selected, hovered, hoverSet, path]);
  return null;
}
