// The one framing rule: which nodes a view is about, and the camera that shows them (labels included)
// inside a box of the canvas. The explorer's camera (CameraController), the fit button, the story
// editor's "go to view" and presentation slides all frame through here.
import type { CameraState } from "sigma/types";
import { fitExtents, type Box, type Extent } from "../export/fit.js";
import { pathOrigin, type ExplorerGraph } from "../graph/attributes.js";
import type { Visible } from "../graph/visibility.js";
import { expansionKey } from "../state/expansion.js";
import type { ViewState } from "../state/types.js";
import type { ExplorerSigma } from "./context.js";
import { freeArea } from "./free-area.js";
import { labelSizeFor } from "./labels.js";

/**
 * The nodes a view is about, most specific first: a highlight (fund trace, lens result), the path,
 * the selection's latest expansion, the selection and its neighbours, else everything shown.
 */
export function focusNodes(
  graph: ExplorerGraph,
  view: ViewState,
  visible: Visible,
  highlight?: ReadonlySet<string> | null,
): string[] {
  const shown = (ids: Iterable<string>) => [...ids].filter((n) => visible.nodes.has(n));
  if (highlight) {
    const lit = shown(highlight);
    if (lit.length > 0) return lit;
  }
  const among = (origin: string) =>
    [...visible.nodes].filter((n) => graph.getNodeAttribute(n, "origins").includes(origin));
  if (view.path) {
    const onPath = among(pathOrigin(view.path.from, view.path.to));
    if (onPath.length > 0) return onPath;
  }
  const sel = view.selected;
  if (sel && visible.nodes.has(sel)) {
    // What the selection's latest expansion brought in (not the nodes it merely touched again).
    const last = [...view.expansions].reverse().find((e) => e.id === sel);
    const key = last ? expansionKey(last) : null;
    const brought = key
      ? [...visible.nodes].filter((n) => graph.getNodeAttribute(n, "origins")[0] === key)
      : [];
    const near = new Set([sel, ...brought]);
    graph.forEachEdge(sel, (e, _a, s, t) => {
      if (visible.edges.has(e)) near.add(s === sel ? t : s);
    });
    return [...near];
  }
  return [...visible.nodes];
}

const NEUTRAL: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** Margins kept inside the free area: the canvas controls sit along its bottom edge. */
const INSET = { side: 24, top: 24, bottom: 56 };

/** The part of the canvas the panels leave free, inset (canvas pixels). */
export function freeBox(container: HTMLElement): Box {
  const a = freeArea(container);
  return {
    x: a.left + INSET.side,
    y: a.top + INSET.top,
    width: Math.max(100, a.width - 2 * INSET.side),
    height: Math.max(100, a.height - INSET.top - INSET.bottom),
  };
}

/**
 * The camera that shows `ids` (with their labels at the current label size) inside `box`, centred,
 * zoomed in at most `maxZoom` times. Two passes: rendered node radii depend on the zoom (sigma scales
 * them by the square root of the ratio).
 */
function frameCamera(
  sigma: ExplorerSigma,
  ids: readonly string[],
  box: Box,
  maxZoom = 6,
): CameraState | null {
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
    fit = fitExtents(items, box, maxZoom);
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

/** Glides the camera to frame `ids` in `box`; resolves once it is there (false when nothing to frame). */
export async function glideTo(
  sigma: ExplorerSigma,
  ids: readonly string[],
  box: Box,
  duration: number,
  maxZoom?: number,
): Promise<boolean> {
  const cam = frameCamera(sigma, ids, box, maxZoom);
  if (!cam) return false;
  await sigma.getCamera().animate(cam, { duration, easing: "cubicInOut" });
  return true;
}

const refits = new WeakMap<ExplorerSigma, () => void>();

/** Lets the camera controller say how to re-frame the current view (the fit button calls it). */
export function setRefit(sigma: ExplorerSigma, refit: (() => void) | null): void {
  if (refit) refits.set(sigma, refit);
  else refits.delete(sigma);
}

/** Frames the current view again, as the camera controller would; false when none is registered. */
export function refit(sigma: ExplorerSigma): boolean {
  const f = refits.get(sigma);
  f?.();
  return Boolean(f);
}
