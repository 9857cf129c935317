// The part of the canvas that panels do not cover: the camera frames into it, labels stay out of the panels.

interface FreeArea {
  /** Centre of the uncovered part, in canvas pixels. */
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** Its edges, in canvas pixels. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What floats over the canvas: the panels and drawers, the canvas controls, the slide caption and footer.
 * Labels are never drawn under any of them.
 */
const COVERING =
  ".panel, .zoom-controls, .briefing-toggle, .briefing-panel, .insight-toggle, .presentation-caption, .presentation-footer > *, .banner, .status";

/** The rectangles (canvas pixels) of everything in COVERING that is shown and overlaps the canvas. */
export function coveringRects(container: HTMLElement): Rect[] {
  const box = container.getBoundingClientRect();
  const out: Rect[] = [];
  for (const el of container.ownerDocument.querySelectorAll<HTMLElement>(COVERING)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x0 = Math.max(r.left, box.left);
    const y0 = Math.max(r.top, box.top);
    const x1 = Math.min(r.right, box.right);
    const y1 = Math.min(r.bottom, box.bottom);
    if (x1 <= x0 || y1 <= y0) continue;
    out.push({ x: x0 - box.left, y: y0 - box.top, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/**
 * The largest rectangle of the canvas that no panel covers (the panels and the story editor's; few, so
 * every rectangle between panel edges is tried). The detail panel and the reader count as covering
 * their whole side even while still short (loading).
 */
export function freeArea(container: HTMLElement): FreeArea {
  const box = container.getBoundingClientRect();
  const [W, H] = [box.width, box.height];
  const panels: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (const el of container.ownerDocument.querySelectorAll<HTMLElement>(".panel, .briefing-panel")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const docked = el.matches(".detail, .reader");
    const p = {
      x0: Math.max(0, r.left - box.left),
      x1: Math.min(W, r.right - box.left),
      y0: docked ? 0 : Math.max(0, r.top - box.top),
      y1: docked ? H : Math.min(H, r.bottom - box.top),
    };
    if (p.x1 > p.x0 && p.y1 > p.y0) panels.push(p);
  }
  const xs = [...new Set([0, W, ...panels.flatMap((p) => [p.x0, p.x1])])].sort((a, b) => a - b);
  const ys = [...new Set([0, H, ...panels.flatMap((p) => [p.y0, p.y1])])].sort((a, b) => a - b);
  let best = { left: 0, top: 0, right: W, bottom: H, area: -1 };
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const [left, right, top, bottom] = [xs[i]!, xs[j]!, ys[k]!, ys[l]!];
          const area = (right - left) * (bottom - top);
          if (area <= best.area) continue;
          if (panels.some((p) => p.x0 < right && left < p.x1 && p.y0 < bottom && top < p.y1)) continue;
          best = { left, top, right, bottom, area };
        }
  // Panels over most of the window (a narrow screen): frame into the whole canvas rather than a sliver.
  if (best.area < (W * H) / 8) best = { left: 0, top: 0, right: W, bottom: H, area: W * H };
  const { left, top, right, bottom } = best;
  return {
    cx: (left + right) / 2,
    cy: (top + bottom) / 2,
    width: right - left,
    height: bottom - top,
    left,
    top,
    right,
    bottom,
  };
}
