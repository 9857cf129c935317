// The canvas's only label renderer. Sigma's own labels are off (its grid thins labels by density, it does
// not measure them, and its hover draws the label a second time); after each sigma render this layer
// places every label by the shared rule (labelPlacement.ts), clear of the panels over the canvas, and
// draws them on sigma's label canvas. What it drew is kept for the e2e hooks (ux/TestHooks.tsx).
import type { NodeDisplayData } from "sigma/types";
import type { ExplorerSigma } from "./context.js";
import { coveringRects } from "./free-area.js";
import { labelSizeFor } from "./labels.js";
import {
  placeLabels,
  type LabelCandidate,
  type Measure,
  type PlacedLabel,
  type Rect,
} from "./labelPlacement.js";

export interface DrawnLabels {
  labels: PlacedLabel[];
  /** The rectangle labels had to stay in, and the panels they had to avoid (canvas pixels). */
  bounds: Rect;
  obstacles: Rect[];
}

const drawn = new WeakMap<ExplorerSigma, DrawnLabels>();

/** What the label layer drew in its last frame. */
export function drawnLabels(sigma: ExplorerSigma): DrawnLabels | undefined {
  return drawn.get(sigma);
}

type Display = NodeDisplayData & { labelSub?: string; labelRank?: number };

/** Importance rank of a node as the reducers shaped it (see LabelCandidate.rank). */
export function rankOf(d: Partial<Display>): number {
  if (d.highlighted) return 0;
  if (d.labelRank !== undefined) return d.labelRank;
  return d.forceLabel ? 2 : 3;
}

/** Text widths from a canvas context, cached (labels are measured on every frame of a camera move). */
function cachedMeasure(ctx: CanvasRenderingContext2D, family: string): Measure {
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 1 : 0}${size}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
      w = ctx.measureText(text).width;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
}

/** Draws placed labels (white halo; rank 0 in a white, shadowed box). */
function paintLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], family: string) {
  ctx.save();
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  for (const l of labels) {
    if (l.boxed) {
      ctx.save();
      ctx.fillStyle = "#ffffff";
      ctx.shadowColor = "rgba(0,0,0,0.3)";
      ctx.shadowBlur = 6;
      ctx.beginPath();
      ctx.roundRect(l.box.x, l.box.y, l.box.width, l.box.height, 5);
      ctx.fill();
      ctx.restore();
    }
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.font = `${l.bold ? 700 : 400} ${l.size}px ${family}`;
    ctx.fillStyle = "#222";
    ctx.strokeText(l.text, l.tx, l.ty);
    ctx.fillText(l.text, l.tx, l.ty);
    if (l.sub) {
      ctx.font = `400 ${l.subSize}px ${family}`;
      ctx.fillStyle = "#555";
      ctx.strokeText(l.sub, l.tx, l.ty + l.subSize + 1);
      ctx.fillText(l.sub, l.tx, l.ty + l.subSize + 1);
    }
  }
  ctx.restore();
}

interface Tie {
  x0: number;
  y0: number;
  r0: number;
  x1: number;
  y1: number;
  r1: number;
}

/** The dashed tie from a hub to its "+N more" placeholder (a placeholder is no relation, so no edge). */
function paintTies(ctx: CanvasRenderingContext2D, ties: readonly Tie[]) {
  ctx.save();
  ctx.strokeStyle = "#9a9a9a";
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  for (const t of ties) {
    const len = Math.hypot(t.x1 - t.x0, t.y1 - t.y0);
    if (len <= t.r0 + t.r1) continue;
    const [ux, uy] = [(t.x1 - t.x0) / len, (t.y1 - t.y0) / len];
    ctx.beginPath();
    ctx.moveTo(t.x0 + ux * t.r0, t.y0 + uy * t.r0);
    ctx.lineTo(t.x1 - ux * t.r1, t.y1 - uy * t.r1);
    ctx.stroke();
  }
  ctx.restore();
}

/** Turns sigma's labels off and draws them through this layer; returns the uninstaller. */
export function installLabelLayer(sigma: ExplorerSigma): () => void {
  const canvas = sigma.getCanvases().labels;
  const ctx = canvas?.getContext("2d");
  if (!ctx) return () => {};
  const family = sigma.getSetting("labelFont");
  const measure = cachedMeasure(document.createElement("canvas").getContext("2d") ?? ctx, family);
  const graph = sigma.getGraph();
  const draw = () => {
    const { width, height } = sigma.getDimensions();
    const container = sigma.getContainer();
    const obstacles = coveringRects(container);
    const bounds = { x: 2, y: 2, width: width - 4, height: height - 4 };
    const threshold = sigma.getSetting("labelRenderedSizeThreshold");
    const base = sigma.getSetting("labelSize");
    const candidates: LabelCandidate[] = [];
    const discs: { id: string; x: number; y: number; r: number }[] = [];
    const ties: Tie[] = [];
    graph.forEachNode((id, a) => {
      const d = sigma.getNodeDisplayData(id) as Display | undefined;
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
      discs.push({ id, x: p.x, y: p.y, r });
      if (a.kind === "more" && a.moreParent) {
        const hub = sigma.getNodeDisplayData(a.moreParent);
        if (hub && !hub.hidden) {
          const h = sigma.framedGraphToViewport(hub);
          ties.push({ x0: h.x, y0: h.y, r0: sigma.scaleSize(hub.size), x1: p.x, y1: p.y, r1: r });
        }
      }
      if (!d.label || (!d.forceLabel && !d.highlighted && r < threshold)) return;
      candidates.push({
        id,
        x: p.x,
        y: p.y,
        r,
        label: d.label,
        ...(d.labelSub ? { labelSub: d.labelSub } : {}),
        size: labelSizeFor(r, base),
        bold: r > 12,
        rank: rankOf(d),
        degree: a.degree,
      });
    });
    const labels = placeLabels(candidates, { bounds, obstacles, discs }, measure);
    paintTies(ctx, ties);
    paintLabels(ctx, labels, family);
    drawn.set(sigma, { labels, bounds, obstacles });
  };
  // Sigma draws the hovered / selected label again on its hover layer; this layer already drew it once.
  const hover = sigma.getSetting("defaultDrawNodeHover");
  sigma.setSetting("defaultDrawNodeHover", () => {});
  sigma.setSetting("renderLabels", false);
  sigma.on("afterRender", draw);
  sigma.refresh();
  // Panels open, close, grow and slide without sigma rendering: when what covers the canvas changes,
  // place the labels again.
  let frame = 0;
  const check = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const last = drawn.get(sigma);
      if (last && JSON.stringify(coveringRects(sigma.getContainer())) !== JSON.stringify(last.obstacles))
        sigma.scheduleRender();
    });
  };
  const doc = sigma.getContainer().ownerDocument;
  const watch = new MutationObserver(check);
  watch.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["class", "style"],
  });
  const sized = new ResizeObserver(check);
  sized.observe(doc.body);
  doc.addEventListener("transitionend", check);
  doc.addEventListener("animationend", check);
  return () => {
    cancelAnimationFrame(frame);
    watch.disconnect();
    sized.disconnect();
    doc.removeEventListener("transitionend", check);
    doc.removeEventListener("animationend", check);
    sigma.off("afterRender", draw);
    sigma.setSetting("defaultDrawNodeHover", hover);
    sigma.setSetting("renderLabels", true);
    drawn.delete(sigma);
  };
}
