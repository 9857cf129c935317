// Zoom in / out / fit buttons over the canvas (bottom left, clear of the side panels).
import { useSigma } from "./context.js";
import { refit } from "./framing.js";

export function ZoomControls() {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <div className="zoom-controls" role="group" aria-label="zoom">
      <button type="button" aria-label="zoom in" onClick={() => void camera.animatedZoom({ duration: 200 })}>
        +
      </button>
      <button
        type="button"
        aria-label="zoom out"
        onClick={() => void camera.animatedUnzoom({ duration: 200 })}
      >
        −
      </button>
      <button
        type="button"
        aria-label="fit"
        // Frames what the view is about in the free part of the canvas (not the whole canvas, under the panels).
        onClick={() => refit(sigma) || void camera.animatedReset({ duration: 300 })}
      >
        ⤢
      </button>
    </div>
  );
}
