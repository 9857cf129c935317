// Renderless: read-only hooks for the e2e scenarios, so a test can point at a node or an edge on screen.
// Coordinates are canvas pixels (add the canvas's page offset before moving the mouse).
import { useEffect } from "react";
import { layoutsRunning } from "../graph/layout.js";
import { useSigma } from "../sigma/context.js";
import { drawnLabels, type DrawnLabels } from "../sigma/labelLayer.js";

declare global {
  interface Window {
    /** Middles of the straight, shown edges, with their on-screen length. */
    __nigEdgeMiddles?: () => { id: string; x: number; y: number; length: number }[];
    /** Where node `id` is drawn and the label it carries ("+5 机构" on a placeholder), or null when hidden. */
    __nigNodePosition?: (id: string) => { x: number; y: number; size: number; label: string } | null;
    /** The label boxes the label layer drew in its last frame, with the bounds and panels it kept clear of. */
    __nigLabels?: () => DrawnLabels | null;
    /** True while a layout runs or the camera moves: what is drawn is not final yet. */
    __nigBusy?: () => boolean;
  }
}

export function TestHooks() {
  const sigma = useSigma();
  useEffect(() => {
    const g = sigma.getGraph();
    window.__nigEdgeMiddles = () =>
      g
        .filterEdges((_e, a) => a.type === "arrow" || a.type === "line")
        .flatMap((e) => {
          const s = sigma.getNodeDisplayData(g.source(e));
          const t = sigma.getNodeDisplayData(g.target(e));
          if (!s || !t || s.hidden || t.hidden || sigma.getEdgeDisplayData(e)?.hidden) return [];
          const [a, b] = [sigma.framedGraphToViewport(s), sigma.framedGraphToViewport(t)];
          return [
            { id: e, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) },
          ];
        });
    window.__nigNodePosition = (id) => {
      const d = g.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) return null;
      return { ...sigma.framedGraphToViewport(d), size: sigma.scaleSize(d.size), label: d.label ?? "" };
    };
    window.__nigLabels = () => drawnLabels(sigma) ?? null;
    window.__nigBusy = () => layoutsRunning() > 0 || sigma.getCamera().isAnimated();
    return () => {
      delete window.__nigLabels;
      delete window.__nigBusy;
      delete window.__nigEdgeMiddles;
      delete window.__nigNodePosition;
    };
  }, [sigma]);
  return null;
}
