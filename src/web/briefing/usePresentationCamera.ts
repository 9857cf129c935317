// While presenting: re-frames the camera on the view's nodes whenever the view, what it shows, the layout
// or the window changes, with one smooth move once things settle (a stored camera is never trusted alone:
// it was taken with other panels open, at another window size).
import { useEffect } from "react";
import type { Visible } from "../graph/visibility.js";
import type { ExplorerSigma } from "../sigma/context.js";
import type { ViewState } from "../state/types.js";
import { focusNodes } from "../sigma/framing.js";
import { glideToNodes, presentationBox } from "./frame.js";

declare global {
  interface Window {
    /** A read-only hook for the e2e scenarios: the slide's box and where its nodes landed (viewport px). */
    __nigSlide?: {
      box: { x: number; y: number; width: number; height: number };
      points: { x: number; y: number }[];
    };
  }
}

/** Quiet time after the last change (loads, layout write-back, resize) before the camera moves. */
const SETTLE_MS = 350;
const MOVE_MS = 800;

export function usePresentationCamera(
  sigma: ExplorerSigma,
  view: ViewState,
  visible: Visible,
  caption: () => Element | null,
): void {
  useEffect(() => {
    const graph = sigma.getGraph();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = () => {
      const ids = focusNodes(graph, view, visible);
      glideToNodes(sigma, ids, presentationBox(sigma.getContainer(), caption()), MOVE_MS);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(frame, SETTLE_MS);
    };
    schedule();
    graph.on("nodeAttributesUpdated", schedule);
    graph.on("nodeAdded", schedule);
    window.addEventListener("resize", schedule);
    return () => {
      clearTimeout(timer);
      graph.off("nodeAttributesUpdated", schedule);
      graph.off("nodeAdded", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [sigma, view, visible, caption]);
}
