// What an image export shows, read off the live view: every visible node and edge (positions in the
// layout's own frame, not the current viewport crop), the legend of the types present, and the texts.
export interface SceneNode {
  id: string;
  /** Position in viewport pixels at a neutral camera (ratio 1, centred), y down; the export refits it. */
  x: number;
  y: number;
  r: number;
  color: string;
  /** The label as the view draws it (language, dimming); '' when the view draws none. */
  label: string;
  labelSub?: string;
  /** The node's full name in the chosen language, kept as the node's title even when its label is culled. */
  name: string;
  /** Selected, hovered or on the path: its label is drawn first. */
  force: boolean;
  /** Label importance as the canvas ranks it (sigma/labelPlacement.ts); from `force` when absent. */
  rank?: number;
  /** Degree, which breaks ties between labels of one rank. */
  degree?: number;
}

export interface SceneEdge {
  source: string;
  target: string;
  color: string;
  width: number;
  arrow: boolean;
  /** @sigma/edge-curve curvature (0 = straight). */
  curvature: number;
}

export interface LegendItem {
  color: string;
  label: string;
  shape: "dot" | "line";
}

interface LegendSection {
  heading: string;
  items: LegendItem[];
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Entity types, then relation types, present in the view, in the chosen language. */
  legend: LegendSection[];
  title: string;
  caption: string;
  /** "Sources: …" with the documents of the visible edges. */
  sources: string;
  /** Font faces to embed (CSS @font-face rules with data: URLs), so CJK glyphs render anywhere. */
  fontCss?: string;
}

/** Every piece of text the scene draws (to pick font subsets, and to test glyph coverage). */
export function sceneText(s: Scene): string {
  return [
    s.title,
    s.caption,
    s.sources,
    ...s.legend.flatMap((sec) => [sec.heading, ...sec.items.map((l) => l.label)]),
    ...s.nodes.flatMap((n) => [n.label, n.labelSub ?? "", n.name]),
    "…",
  ].join("");
}
