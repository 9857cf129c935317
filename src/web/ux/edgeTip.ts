// What the edge hover card says about one edge, read from the explorer graph (pure, unit-tested).
import type { Certainty, RelationType } from "../../model/vocabulary.js";
import type { ExplorerGraph } from "../graph/attributes.js";
import { pick, type Lang } from "../i18n/strings.js";

export interface EdgeTip {
  rtype: RelationType;
  source: string;
  target: string;
  /** The first evidence quote, or "" when the edge has none. */
  quote: string;
  doc: string;
  certainty: Certainty | null;
  /** How many further pieces of evidence the edge has. */
  more: number;
}

/** The hover card's content for `edge`: relation type, end names in `lang`, and its first quote. */
export function edgeTip(graph: ExplorerGraph, edge: string, lang: Lang): EdgeTip {
  const a = graph.getEdgeAttributes(edge);
  const name = (id: string) => {
    const n = graph.getNodeAttributes(id);
    return pick(n.name_zh, n.name_en, lang) || id;
  };
  const first = a.evidence[0];
  return {
    rtype: a.rtype,
    source: name(graph.source(edge)),
    target: name(graph.target(edge)),
    quote: first?.quote ?? "",
    doc: first?.doc ?? "",
    certainty: first?.certainty ?? null,
    more: Math.max(0, a.evidenceCount - 1),
  };
}
