// Insight's visual layer on top of the explorer's reducers: size by metric, colour by community,
// data-quality marks, the "2+ documents" filter and trace highlights. Pure: it only shapes display data.
import type { EvidenceFacet } from "../../model/api.js";
import type { Decorators } from "../sigma/reducers.js";
import { edgeQuality, documentCount } from "./quality.js";
import type { Metric, MetricResult } from "./types.js";

export interface Appearance {
  sizeBy: Metric | "none";
  colourBy: "type" | "community";
  scope: "whole" | "view";
  markQuality: boolean;
  multiOnly: boolean;
}

export const DEFAULT_APPEARANCE: Appearance = {
  sizeBy: "none",
  colourBy: "type",
  scope: "whole",
  markQuality: false,
  multiOnly: false,
};

/** Nodes and edges to emphasise (a fund trace, a co-investment pair, a comparison); everything else dims. */
export interface Highlight {
  label: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const DIM_NODE = "#dcdcdc";
const DIM_EDGE = "#ececec";

/** Node radius from a metric value: square root of its share of the maximum, 3 to 24 px. */
function metricSize(value: number, max: number): number {
  return max > 0 ? 3 + 21 * Math.sqrt(Math.max(0, value) / max) : 3;
}

/** The colour with a hex alpha, for lighter marks. */
const lighter = (colour: string) => (/^#[0-9a-f]{6}$/i.test(colour) ? `${colour}55` : colour);

export function makeDecorators(
  appearance: Appearance,
  metrics: MetricResult | null,
  highlight: Highlight | null,
  /** Nodes that keep a relation stated in 2+ documents (for the multiOnly filter). */
  multiNodes: ReadonlySet<string> | null,
): Decorators {
  const max =
    metrics && appearance.sizeBy !== "none"
      ? Math.max(0, ...Object.values(metrics.nodes).map((m) => m[appearance.sizeBy as Metric]))
      : 0;
  const colours = new Map(metrics?.communities.map((c) => [c.id, c.colour]) ?? []);
  return {
    node(id, attrs, out) {
      if (out.hidden) return out;
      if (appearance.multiOnly && multiNodes && !multiNodes.has(id)) return { ...out, hidden: true };
      const m = metrics?.nodes[id];
      const next = { ...out };
      if (m && appearance.sizeBy !== "none") next.size = metricSize(m[appearance.sizeBy], max);
      if (m && appearance.colourBy === "community" && out.color === attrs.color)
        next.color = colours.get(m.community) ?? attrs.color;
      if (highlight) {
        if (highlight.nodes.has(id)) Object.assign(next, { forceLabel: true, zIndex: 2 });
        else Object.assign(next, { color: DIM_NODE, label: "", labelSub: "", zIndex: 0 });
      }
      return next;
    },
    edge(id, attrs, out) {
      if (out.hidden) return out;
      const evidence = (attrs as { facets?: EvidenceFacet[] }).facets ?? [];
      if (appearance.multiOnly && documentCount(evidence) < 2) return { ...out, hidden: true };
      const next = { ...out };
      if (appearance.markQuality && evidence.length > 0) {
        const q = edgeQuality(evidence);
        if (q !== "multi") next.size = Math.max(0.5, (out.size ?? 1) * 0.6);
        if (q === "implied" && typeof out.color === "string") next.color = lighter(out.color);
      }
      if (highlight) {
        if (highlight.edges.has(id)) Object.assign(next, { size: (out.size ?? 1) + 2, zIndex: 2 });
        else next.color = DIM_EDGE;
      }
      return next;
    },
  };
}
