// Zoom in / out / fit buttons over the canvas (bottom left, clear of the side panels).
import { useSigma } from "./context.js";

export function ZoomControls() {
  const camera = useSigma().getCamera();
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
      <button type="button" aria-label="fit" onClick={() => void camera.animatedReset({ duration: 300 })}>
        ⤢
      </button>
    </div>
  );
}
