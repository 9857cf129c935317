// Renderless: animates the camera to the focused node, or fits the visible nodes when nothing is focused.
import { useEffect } from "react";
import { useSigma, type ExplorerSigma } from "./context.js";
import { freeArea } from "./free-area.js";

export interface CameraProps {
  /** Node to centre on; changes trigger an animation. */
  target: string | null;
  /** What is shown; when it changes (filters, lens, layout) and nothing is targeted, the view refits. */
  visible: ReadonlySet<string>;
  /** Bumped when a layout finishes. */
  layoutVersion: number;
  /** Names the side panel that is open; when it changes (detail to reader), the target is framed again. */
  cover?: string;
}

export function CameraController({ target, visible, layoutVersion, cover }: CameraProps) {
  const sigma = useSigma();
  useEffect(() => {
    // Display data of freshly added nodes is only framed after sigma's next render: move then.
    const move = () => moveCamera(sigma, target, visible, layoutVersion);
    sigma.once("afterRender", move);
    sigma.scheduleRefresh();
    return () => {
      sigma.off("afterRender", move);
    };
  }, [sigma, target, visible, layoutVersion, cover]);
  return null;
}

function moveCamera(
  sigma: ExplorerSigma,
  target: string | null,
  visible: ReadonlySet<string>,
  layoutVersion: number,
): void {
  const camera = sigma.getCamera();
  const area = freeArea(sigma.getContainer());
  if (target && sigma.getGraph().hasNode(target)) {
    const pos = sigma.getNodeDisplayData(target);
    if (pos)
      void camera.animate(framedAt(sigma, pos.x, pos.y, Math.min(camera.ratio, 0.6), area), {
        duration: 500,
      });
    return;
  }
  if (layoutVersion === 0 || visible.size === 0) return;
  // Display data is in sigma's normalised frame (the whole graph spans about 0..1), as the camera is.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of visible) {
    const d = sigma.getNodeDisplayData(n);
    if (!d) continue;
    [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
  }
  if (!Number.isFinite(x0)) return;
  // Scale so the visible nodes fit the uncovered part of the canvas, not the whole of it.
  const cover = Math.max(1, sigma.getContainer().clientWidth / Math.max(1, area.width));
  const ratio = Math.min(1.4, Math.max(0.15, Math.max(x1 - x0, y1 - y0) * 1.15 * cover));
  void camera.animate(framedAt(sigma, (x0 + x1) / 2, (y0 + y1) / 2, ratio, area), { duration: 400 });
}

/** The camera state that shows framed-graph point (x, y) at the centre of the uncovered area. */
function framedAt(
  sigma: ExplorerSigma,
  x: number,
  y: number,
  ratio: number,
  area: { cx: number; cy: number },
) {
  const state = { x, y, ratio, angle: sigma.getCamera().angle };
  const seen = sigma.viewportToFramedGraph({ x: area.cx, y: area.cy }, { cameraState: state });
  return { x: x - (seen.x - x), y: y - (seen.y - y), ratio };
}
