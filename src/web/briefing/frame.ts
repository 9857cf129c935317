// Presentation framing: which nodes a view is about (its path, else its selection and neighbours, else all
// it shows), and the camera that fits them, labels included, into a box of the viewport.
import type { CameraState } from "sigma/types";
import { pathOrigin } from "../graph/attributes.js";
import type { Visible } from "../graph/visibility.js";
import type { ExplorerSigma } from "../sigma/context.js";
import { labelSizeFor } from "../sigma/labels.js";
import { fitExtents, type Box, type Extent } from "../export/fit.js";
import type { ViewState } from "../state/types.js";

/** The nodes a presented view should frame. */
export function focusNodes(sigma: ExplorerSigma, view: ViewState, visible: Visible): string[] {
  const graph = sigma.getGraph();
  if (view.path) {
    const origin = pathOrigin(view.path.from, view.path.to);
    const onPath = [...visible.nodes].filter((n) => graph.getNodeAttribute(n, "origins").includes(origin));
    if (onPath.length > 0) return onPath;
  }
  const sel = view.selected;
  if (sel && visible.nodes.has(sel)) {
    const near = new Set([sel]);
    graph.forEachEdge(sel, (e, _a, s, t) => {
      if (visible.edges.has(e)) near.add(s === sel ? t : s);
    });
    return [...near];
  }
  return [...visible.nodes];
}

const NEUTRAL: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The part of the canvas the slide may use: inside a margin, above the caption. */
export function presentationBox(container: HTMLElement, caption: Element | null): Box {
  const box = container.getBoundingClientRect();
  const captionTop = caption ? caption.getBoundingClientRect().top - box.top : box.height - 120;
  const top = 40;
  return {
    x: 48,
    y: top,
    width: Math.max(100, box.width - 96),
    height: Math.max(100, captionTop - 24 - top),
  };
}

/**
 * The camera that shows `ids` (with their labels at the current label size) inside `box`, centred.
 * Two passes: rendered node radii depend on the zoom (sigma scales them by the square root of the ratio).
 */
function frameCamera(sigma: ExplorerSigma, ids: readonly string[], box: Box): CameraState | null {
  const ctx = document.createElement("canvas").getContext("2d");
  const font = sigma.getSetting("labelFont");
  const base = sigma.getSetting("labelSize");
  const points = ids.flatMap((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return [];
    const p = sigma.framedGraphToViewport(d, { cameraState: NEUTRAL });
    const size = labelSizeFor(d.size, base);
    let lw = 0;
    if (ctx && d.label) {
      ctx.font = `${d.size > 12 ? 700 : 400} ${size}px ${font}`;
      lw = ctx.measureText(d.label).width + 8;
    }
    return [{ p, size: d.size, label: size, lw }];
  });
  if (points.length === 0) return null;
  let ratio = 1;
  let fit = fitExtents([], box);
  for (let pass = 0; pass < 2; pass++) {
    const grow = 1 / Math.sqrt(ratio);
    const items: Extent[] = points.map(({ p, size, label, lw }) => {
      const r = size * grow;
      return {
        x: p.x,
        y: p.y,
        left: r + 4,
        right: r + 3 + lw,
        up: Math.max(r, label) + 4,
        down: Math.max(r, label * 1.6) + 4,
      };
    });
    fit = fitExtents(items, box, 6);
    ratio = 1 / fit.scale;
  }
  // The neutral-viewport point that lands on the box centre, then the camera that shows it there.
  const cx = (box.x + box.width / 2 - fit.dx) / fit.scale;
  const cy = (box.y + box.height / 2 - fit.dy) / fit.scale;
  const target = sigma.viewportToFramedGraph({ x: cx, y: cy }, { cameraState: NEUTRAL });
  const state: CameraState = { x: target.x, y: target.y, ratio, angle: 0 };
  const seen = sigma.viewportToFramedGraph(
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { cameraState: state },
  );
  return { x: target.x + (target.x - seen.x), y: target.y + (target.y - seen.y), ratio, angle: 0 };
}

/**
 * Glides the camera so `ids` fill `box`, then publishes where they landed (window.__nigSlide, read by
 * the e2e tests). Shared by presentation mode and the editor's "go to view".
 */
export function glideToNodes(sigma: ExplorerSigma, ids: readonly string[], box: Box, duration: number): void {
  const cam = frameCamera(sigma, ids, box);
  if (!cam) return;
  window.__nigSlide = undefined;
  void sigma
    .getCamera()
    .animate(cam, { duration, easing: "cubicInOut" })
    .then(() => {
      const points = ids.flatMap((id) => {
        const d = sigma.getNodeDisplayData(id);
        return d && !d.hidden ? [sigma.framedGraphToViewport(d)] : [];
      });
      window.__nigSlide = { box, points };
    });
}
