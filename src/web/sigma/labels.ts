// Node labels: bigger for important (larger) nodes, and a second, smaller English line in bilingual mode.
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  labelSub?: string;
};

/** Label font size in pixels for a node of rendered radius `size`. */
export function labelSizeFor(size: number, base: number): number {
  return Math.round(Math.min(base + 6, base + Math.max(0, size - 6) * 0.45));
}

export function drawLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  const size = labelSizeFor(data.size, settings.labelSize);
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  ctx.font = `${data.size > 12 ? 700 : 400} ${size}px ${settings.labelFont}`;
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.85)";
  ctx.fillStyle = "#222";
  ctx.strokeText(data.label, x, y);
  ctx.fillText(data.label, x, y);
  if (data.labelSub) {
    const sub = Math.max(9, size - 3);
    ctx.font = `400 ${sub}px ${settings.labelFont}`;
    ctx.fillStyle = "#555";
    ctx.strokeText(data.labelSub, x, y + sub + 1);
    ctx.fillText(data.labelSub, x, y + sub + 1);
  }
}
