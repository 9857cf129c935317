// A snapshot of what the canvas shows, in viewport pixels: the input of the SVG writer and the PNG overlay.
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  r: number;
  color: string;
  label: string;
  labelSub?: string;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  arrow: boolean;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Colour and name of each entity and relation type in view, in the chosen language. */
  legend: { color: string; label: string; shape: "dot" | "line" }[];
  title: string;
  caption: string;
  /** "Sources: …" with the documents of the visible edges. */
  sources: string;
  /** Font faces to embed (CSS @font-face rules with data: URLs), so CJK glyphs render anywhere. */
  fontCss?: string;
}

/** Every piece of text the scene draws (to pick font subsets, and to test glyph coverage). */
export function sceneText(s: Scene): string {
  return [s.title, s.caption, s.sources, ...s.legend.map((l) => l.label), ...s.nodes.flatMap((n) => [n.label, n.labelSub ?? ""])].join("");
}
