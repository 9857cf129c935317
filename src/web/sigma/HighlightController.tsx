// Renderless: installs the node/edge reducers for the current visibility, hover, selection and path.
import { useEffect, useMemo } from "react";
import type { Visible } from "../graph/visibility.js";
import { useI18n } from "../i18n/lang.js";
import { useSigma } from "./context.js";
import { makeEdgeReducer, makeNodeReducer, type Decorators, type PathHighlight } from "./reducers.js";

export interface HighlightProps {
  visible: Visible;
  selected: string | null;
  hovered: string | null;
  path: PathHighlight | null;
  /** Extra shaping on top (size/colour by metric, trace highlight); optional. */
  decorate?: Decorators | null;
}

export function HighlightController({ visible, selected, hovered, path, decorate }: HighlightProps) {
  const { lang } = useI18n();
  const sigma = useSigma();
  const graph = sigma.getGraph();
  const hoverSet = useMemo(() => {
    if (!hovered || !graph.hasNode(hovered)) return null;
    return new Set([hovered, ...graph.neighbors(hovered).filter((n) => visible.nodes.has(n))]);
  }, [graph, hovered, visible]);

  useEffect(() => {
    const state = { visible, lang, selected, hovered, hoverSet, path };
    const nodeReducer = makeNodeReducer(state);
    const edgeReducer = makeEdgeReducer(state, (e) => [graph.source(e), graph.target(e)]);
    sigma.setSetting(
      "nodeReducer",
      decorate ? (n, a) => decorate.node(n, a, nodeReducer(n, a)) : nodeReducer,
    );
    sigma.setSetting(
      "edgeReducer",
      decorate ? (e, a) => decorate.edge(e, a, edgeReducer(e, a)) : edgeReducer,
    );
  }, [sigma, graph, visible, lang, selected, hovered, hoverSet, path, decorate]);
  return null;
}
