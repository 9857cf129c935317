// Renderless: frames what the view is about (sigma/framing.ts: a highlight, the path, the selection and
// its neighbours, else everything shown) in the part of the canvas the panels leave free, whenever that
// changes, a layout lands or a panel opens; the fit button frames it again.
import { useEffect, useMemo, useRef } from "react";
import type { Visible } from "../graph/visibility.js";
import type { ViewState } from "../state/types.js";
import { useSigma } from "./context.js";
import { focusNodes, freeBox, glideTo, setRefit } from "./framing.js";

export interface CameraProps {
  view: ViewState;
  visible: Visible;
  /** Nodes an insight highlights (a fund trace, a lens result); framed before anything else. */
  highlight?: ReadonlySet<string> | null;
  /** Bumped when a layout finishes. */
  layoutVersion: number;
  /** Names the side panel that is open; when it changes (detail to reader), the view is framed again. */
  cover?: string;
}

/** The explorer never zooms in further than this on what it frames (a lone node stays a node). */
const MAX_ZOOM = 3;
const MOVE_MS = 450;

export function CameraController({ view, visible, highlight, layoutVersion, cover }: CameraProps) {
  const sigma = useSigma();
  const graph = sigma.getGraph();
  const ids = useMemo(() => focusNodes(graph, view, visible, highlight), [graph, view, visible, highlight]);
  // Move only when the framed set itself changes, not on every view change that shows the same nodes.
  const key = useMemo(() => [...ids].sort().join("\u0000"), [ids]);
  const latest = useRef(ids);
  useEffect(() => {
    latest.current = ids;
  }, [ids]);

  useEffect(() => {
    const frame = () => void glideTo(sigma, latest.current, freeBox(sigma.getContainer()), MOVE_MS, MAX_ZOOM);
    setRefit(sigma, frame);
    return () => setRefit(sigma, null);
  }, [sigma]);

  useEffect(() => {
    if (layoutVersion === 0) return;
    // Display data of freshly added nodes is only framed after sigma's next render: move then.
    const move = () => void glideTo(sigma, latest.current, freeBox(sigma.getContainer()), MOVE_MS, MAX_ZOOM);
    sigma.once("afterRender", move);
    sigma.scheduleRefresh();
    return () => {
      sigma.off("afterRender", move);
    };
  }, [sigma, key, layoutVersion, cover]);
  return null;
}
