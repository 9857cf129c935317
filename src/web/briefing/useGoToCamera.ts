// In the story editor: "go to view" frames the view's nodes by the one framing rule (sigma/framing.ts),
// inside the part of the canvas the panels (and the open briefing panel) leave free. The view's loads and
// layout land after the click, so the camera waits for them to settle; it stops following once the user
// moves the camera, or after a while.
import { useEffect, useRef } from "react";
import type { Visible } from "../graph/visibility.js";
import type { ExplorerSigma } from "../sigma/context.js";
import type { ViewState } from "../state/types.js";
import { focusNodes, freeBox } from "../sigma/framing.js";
import { glideToNodes } from "./frame.js";

const SETTLE_MS = 350;
const MOVE_MS = 600;
/** How long after the click later loads or layouts still re-frame the view. */
const FOLLOW_MS = 8000;

/** Frames `view` after each go request (`request` counts them; 0 = none yet). */
export function useGoToCamera(
  sigma: ExplorerSigma,
  view: ViewState,
  visible: Visible,
  request: number,
): void {
  // The latest view and what it shows, read when the camera moves; changes to them re-schedule while armed.
  const latest = useRef({ view, visible });
  const armed = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (request === 0) return;
    const graph = sigma.getGraph();
    const container = sigma.getContainer();
    const until = Date.now() + FOLLOW_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = () => {
      const { view: v, visible: vis } = latest.current;
      const ids = focusNodes(graph, v, vis);
      glideToNodes(sigma, ids, freeBox(container), MOVE_MS);
    };
    const schedule = () => {
      clearTimeout(timer);
      if (Date.now() < until) timer = setTimeout(frame, SETTLE_MS);
    };
    const detach = () => {
      armed.current = null;
      graph.off("nodeAttributesUpdated", schedule);
      graph.off("nodeAdded", schedule);
      window.removeEventListener("resize", schedule);
      container.removeEventListener("wheel", stop);
      container.removeEventListener("pointerdown", stop);
    };
    // The user takes over: a wheel, drag or click on the canvas ends the following.
    const stop = () => {
      clearTimeout(timer);
      detach();
    };
    armed.current = schedule;
    schedule();
    graph.on("nodeAttributesUpdated", schedule);
    graph.on("nodeAdded", schedule);
    window.addEventListener("resize", schedule);
    container.addEventListener("wheel", stop, { passive: true });
    container.addEventListener("pointerdown", stop);
    return stop;
  }, [sigma, request]);

  useEffect(() => {
    latest.current = { view, visible };
    armed.current?.();
  }, [view, visible]);
}
