// Presentation framing: the box a slide may use, and the glide that frames a view's nodes in a box and
// reports where they landed. Which nodes, and the camera that fits them, are sigma/framing.ts's rule.
import type { Box } from "../export/fit.js";
import type { ExplorerSigma } from "../sigma/context.js";
import { glideTo } from "../sigma/framing.js";

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
 * Glides the camera so `ids` fill `box`, then publishes where they landed (window.__nigSlide, read by
 * the e2e tests). Shared by presentation mode and the editor's "go to view".
 */
export function glideToNodes(sigma: ExplorerSigma, ids: readonly string[], box: Box, duration: number): void {
  window.__nigSlide = undefined;
  void glideTo(sigma, ids, box, duration).then((moved) => {
    if (!moved) return;
    const points = ids.flatMap((id) => {
      const d = sigma.getNodeDisplayData(id);
      return d && !d.hidden ? [sigma.framedGraphToViewport(d)] : [];
    });
    window.__nigSlide = { box, points };
  });
}
