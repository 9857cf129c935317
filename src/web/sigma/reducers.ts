// Visual state as sigma reducers: visibility, language, hover, selection and path highlight.
// Nothing here writes to the graph; it only shapes what sigma draws.
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { ENTITY_TYPE_INFO } from "../../model/vocabulary.js";
import type { EdgeAttrs, NodeAttrs } from "../graph/attributes.js";
import type { Visible } from "../graph/visibility.js";
import { pick, type Lang } from "../i18n/strings.js";
import { fitLabel, LABEL_MAX_UNITS } from "../ux/labelFit.js";

export interface HighlightState {
  visible: Visible;
  lang: Lang;
  selected: string | null;
  hovered: string | null;
  /** The hovered node and its neighbours. */
  hoverSet: ReadonlySet<string> | null;
  path: PathHighlight | null;
}

export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Where the path starts and ends: their labels come right after the selection's. */
  ends?: readonly string[];
}

const DIM_NODE = "#dcdcdc";
const DIM_EDGE = "#ececec";

type NodeOut = Partial<NodeDisplayData> & Attributes;
type EdgeOut = Partial<EdgeDisplayData> & Attributes;

/** Optional extra shaping applied after the reducers above (the insight views use it); never un-hides. */
export interface Decorators {
  node(id: string, attrs: NodeAttrs, out: NodeOut): NodeOut;
  edge(id: string, attrs: EdgeAttrs, out: EdgeOut): EdgeOut;
}

export function nodeLabel(a: NodeAttrs, lang: Lang): { label: string; labelSub?: string } {
  if (a.kind === "more")
    return {
      label: `+${a.moreCount ?? 0} ${pick(ENTITY_TYPE_INFO[a.etype].zh, ENTITY_TYPE_INFO[a.etype].en, lang)}`,
    };
  if (lang === "both" && a.name_en && a.name_en !== a.name_zh)
    return { label: a.name_zh || a.name_en, labelSub: a.name_en };
  return { label: pick(a.name_zh, a.name_en, lang) };
}

export function makeNodeReducer(s: HighlightState) {
  return (node: string, a: NodeAttrs): NodeOut => {
    if (!s.visible.nodes.has(node)) return { ...a, hidden: true };
    const out: NodeOut = { ...a, ...nodeLabel(a, s.lang) };
    // The English second line only for big or highlighted nodes, so the label grid stays readable.
    const emphasised =
      node === s.selected ||
      node === s.hovered ||
      (s.hoverSet?.has(node) ?? false) ||
      (s.path?.nodes.has(node) ?? false);
    if (a.size < 10 && !emphasised) out.labelSub = "";
    // Ordinary labels are shortened so they do not run over their neighbours; highlighted ones stay whole.
    if (!emphasised && a.kind === "entity") {
      out.label = fitLabel(out.label ?? "", LABEL_MAX_UNITS);
      if (out.labelSub) out.labelSub = fitLabel(out.labelSub, LABEL_MAX_UNITS + 8);
    }
    // A hub's "+N more" always says what it holds; its colour is its type's.
    if (a.kind === "more") out.forceLabel = true;
    const focusSet = s.hoverSet ?? s.path?.nodes ?? null;
    if (focusSet && !focusSet.has(node)) {
      out.color = DIM_NODE;
      out.label = "";
      out.labelSub = "";
      out.zIndex = 0;
    } else if (focusSet) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (s.path?.ends?.includes(node) && focusSet === s.path.nodes) out.labelRank = 1;
    if (node === s.selected || node === s.hovered) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

export function makeEdgeReducer(s: HighlightState, ends: (edge: string) => [string, string]) {
  return (edge: string, a: EdgeAttrs): EdgeOut => {
    if (!s.visible.edges.has(edge)) return { ...a, hidden: true };
    const out: EdgeOut = { ...a };
    const [src, tgt] = ends(edge);
    if (s.hovered) {
      if (src !== s.hovered && tgt !== s.hovered) out.color = DIM_EDGE;
      else out.size = a.size + 1;
    } else if (s.path) {
      if (s.path.edges.has(edge)) {
        out.size = a.size + 2;
        out.zIndex = 1;
      } else out.color = DIM_EDGE;
    } else if (s.selected && (src === s.selected || tgt === s.selected)) {
      out.size = a.size + 1;
      out.zIndex = 1;
    }
    return out;
  };
}
