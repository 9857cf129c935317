// Layout worker: runs the layout (forceLayout.ts) off the main thread. A fixed iteration count (not a
// time budget) makes the same graph lay out the same way on a busy laptop and on a projector PC, which
// saved stories and screenshots rely on.
import { computeLayout } from "./forceLayout.js";
import type { LayoutRequest, LayoutResult } from "./layout-protocol.js";

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage({ positions: computeLayout(event.data) } satisfies LayoutResult);
};
