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
 * The largest simple rectangle of the canvas left by the panels (and the story editor's): each panel is cut
 * away from the side that costs the least area, so a side panel narrows the area and a bottom drawer
 * shortens it. The detail panel and the reader count even while still short (loading).
 */
export function freeArea(container: HTMLElement): FreeArea {
  const box = container.getBoundingClientRect();
  let [left, top, right, bottom] = [0, 0, box.width, box.height];
  for (const el of container.ownerDocument.querySelectorAll<HTMLElement>(".panel, .briefing-panel")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x0 = r.left - box.left;
    const x1 = r.right - box.left;
    const y0 = r.top - box.top;
    const y1 = r.bottom - box.top;
    if (x1 <= left || x0 >= right || y1 <= top || y0 >= bottom) continue;
    const docked = el.matches(".detail, .reader");
    const w = right - left;
    const h = bottom - top;
    // Area kept by each cut; a side panel that is docked cuts its side whatever its height.
    const cuts: [number, () => void][] = [
      [(right - Math.max(left, x1)) * h, () => (left = Math.max(left, x1))],
      [(Math.min(right, x0) - left) * h, () => (right = Math.min(right, x0))],
      [docked ? -1 : (bottom - Math.max(top, y1)) * w, () => (top = Math.max(top, y1))],
      [docked ? -1 : (Math.min(bottom, y0) - top) * w, () => (bottom = Math.min(bottom, y0))],
    ];
    cuts.sort((a, b) => b[0] - a[0]);
    cuts[0]![1]();
  }
  // A panel wider than most of the window (a narrow screen): frame into the whole canvas rather than a sliver.
  if (right - left < box.width / 4) [left, right] = [0, box.width];
  if (bottom - top < box.height / 4) [top, bottom] = [0, box.height];
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
