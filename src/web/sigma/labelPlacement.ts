// The one label rule, shared by the live canvas (labelLayer.ts) and the image export (export/compose.ts):
// labels are placed most important first (selection, then path / trace / placeholders, then by degree);
// each tries the right of its node, then left, below and above, then a shortened text; a label that
// would touch a label already placed, a panel, or the edge of the drawing area is left out. Pure.
import { fitLabel } from "../ux/labelFit.js";
import { RectGrid } from "./rectGrid.js";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width in pixels of `text` at `size` px, bold or not, in the label font. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface LabelCandidate {
  id: string;
  /** Node centre and drawn radius, in the drawing's pixels. */
  x: number;
  y: number;
  r: number;
  label: string;
  labelSub?: string;
  /** Font size of the first line (the second is `subSize`). */
  size: number;
  bold: boolean;
  /**
   * 0 = selected or hovered (drawn in a white box), 1 = a path's ends, 2 = on a path or trace, a hovered
   * node's neighbour, a placeholder; 3 = the rest.
   */
  rank: number;
  /** Ties within a rank: the better connected first. */
  degree: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  sub?: string;
  /** Where the first line's baseline starts; the second line sits `subSize + 1` below it. */
  tx: number;
  ty: number;
  size: number;
  subSize: number;
  bold: boolean;
  /** Rank 0: the label sits in a white box (the hover / selection highlight). */
  boxed: boolean;
  /** Everything drawn for this label (text, halo, box), in the drawing's pixels. */
  box: Rect;
}

export interface PlacementArea {
  /** Labels stay wholly inside this rectangle. */
  bounds: Rect;
  /** Nothing is drawn over these (panels, the legend of an export, the slide caption). */
  obstacles: readonly Rect[];
  /** Node discs: a label avoids covering other nodes where it can, but may if nothing else fits. */
  discs: readonly { id: string; x: number; y: number; r: number }[];
}

/** Second-line font size for a first line of `size` px. */
const subSizeFor = (size: number): number => Math.max(9, size - 3);

/** Half-width units a label is cut to when its whole text fits nowhere. */
const SHORT_UNITS = 12;
const GAP = 3;
const HALO = 2;
const BOX_PAD = 4;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

const discHits = (box: Rect, d: { x: number; y: number; r: number }): boolean => {
  const cx = Math.max(box.x, Math.min(d.x, box.x + box.width));
  const cy = Math.max(box.y, Math.min(d.y, box.y + box.height));
  return (cx - d.x) ** 2 + (cy - d.y) ** 2 < d.r * d.r;
};

/** Most important first; the order is total, so the same view always keeps the same labels. */
function byImportance(a: LabelCandidate, b: LabelCandidate): number {
  return a.rank - b.rank || b.degree - a.degree || b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Variant {
  text: string;
  sub?: string;
}

/** The label's box and text origin when its block of `w` x `h` sits on `side` of the node. */
function at(
  c: LabelCandidate,
  side: "right" | "left" | "below" | "above",
  w: number,
  h: number,
  pad: number,
): { tx: number; ty: number; box: Rect } {
  const ascent = c.size * 0.9;
  // Text block: top at `top`, first baseline `ascent` below it.
  let left: number;
  let top: number;
  if (side === "right" || side === "left") {
    left = side === "right" ? c.x + c.r + GAP + pad : c.x - c.r - GAP - pad - w;
    top = c.y + c.size / 3 - ascent;
  } else {
    left = c.x - w / 2;
    top = side === "below" ? c.y + c.r + GAP + pad : c.y - c.r - GAP - pad - h;
  }
  const m = HALO + pad;
  return {
    tx: left,
    ty: top + ascent,
    box: { x: left - m, y: top - m, width: w + 2 * m, height: h + 2 * m },
  };
}

/** Places the labels of `candidates` in `area` by the rule above; returns what to draw, in drawing order. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  area: PlacementArea,
  measure: Measure,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const placedGrid = new RectGrid<PlacedLabel>((p) => p.box);
  type Disc = PlacementArea["discs"][number];
  const discGrid = new RectGrid<Disc>((d) => ({
    x: d.x - d.r,
    y: d.y - d.r,
    width: 2 * d.r,
    height: 2 * d.r,
  }));
  for (const d of area.discs) discGrid.add(d);
  const free = (box: Rect) =>
    inside(box, area.bounds) &&
    !area.obstacles.some((o) => intersects(box, o)) &&
    !placedGrid.some(box, (p) => intersects(box, p.box));
  for (const c of [...candidates].sort(byImportance)) {
    if (!c.label) continue;
    const subSize = subSizeFor(c.size);
    const whole: Variant = { text: c.label, ...(c.labelSub ? { sub: c.labelSub } : {}) };
    const short = fitLabel(c.label, SHORT_UNITS);
    const variants: Variant[] = short === c.label && !c.labelSub ? [whole] : [whole, { text: short }];
    const boxed = c.rank === 0;
    const pad = boxed ? BOX_PAD : 0;
    let chosen: PlacedLabel | null = null;
    // First everywhere that covers no other node, then anywhere free of labels; the selection and a
    // path's ends keep their whole name over a node rather than be shortened, the others shorten first.
    const tries: [Variant, boolean][] =
      c.rank <= 1
        ? variants.flatMap((v): [Variant, boolean][] => [
            [v, true],
            [v, false],
          ])
        : [
            ...variants.map((v): [Variant, boolean] => [v, true]),
            ...variants.map((v): [Variant, boolean] => [v, false]),
          ];
    for (const [v, clearOfNodes] of tries) {
      const w = Math.max(measure(v.text, c.size, c.bold), v.sub ? measure(v.sub, subSize, false) : 0);
      const h = c.size * 1.15 + (v.sub ? subSize + 1 : 0);
      for (const side of ["right", "left", "below", "above"] as const) {
        const p = at(c, side, w, h, pad);
        if (!free(p.box)) continue;
        if (clearOfNodes && discGrid.some(p.box, (d) => d.id !== c.id && discHits(p.box, d))) continue;
        chosen = {
          id: c.id,
          text: v.text,
          ...(v.sub ? { sub: v.sub } : {}),
          tx: p.tx,
          ty: p.ty,
          size: c.size,
          subSize,
          bold: c.bold,
          boxed,
          box: p.box,
        };
        break;
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.push(chosen);
      placedGrid.add(chosen);
    }
  }
  return placed;
}
