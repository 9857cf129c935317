// The highlight of the selected node on a slide: sigma's default hover draws its own label at the base
// size over ours (which grows with the node), so on large slide labels the two showed side by side.
// This one draws a white box sized for our label, then our label in it.
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import { drawLabel, labelSizeFor } from "../sigma/labels.js";

type HoverData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  labelSub?: string;
};

export function drawSlideHover(ctx: CanvasRenderingContext2D, data: HoverData, settings: Settings): void {
  const size = labelSizeFor(data.size, settings.labelSize);
  const sub = Math.max(9, size - 3);
  ctx.font = `${data.size > 12 ? 700 : 400} ${size}px ${settings.labelFont}`;
  let width = data.label ? ctx.measureText(data.label).width : 0;
  if (data.labelSub) {
    ctx.font = `400 ${sub}px ${settings.labelFont}`;
    width = Math.max(width, ctx.measureText(data.labelSub).width);
  }
  const pad = 4;
  const top = data.y - Math.max(data.size, size * 0.75) - pad;
  const bottom = data.y + Math.max(data.size, size / 3 + (data.labelSub ? sub + 1 : 0)) + pad;
  ctx.save();
  ctx.fillStyle = "#ffffff";
  ctx.shadowColor = "rgba(0,0,0,0.35)";
  ctx.shadowBlur = 8;
  ctx.beginPath();
  ctx.roundRect(
    data.x - data.size - pad,
    top,
    (data.label ? data.size * 2 + 3 + width : data.size * 2) + 2 * pad,
    bottom - top,
    6,
  );
  ctx.fill();
  ctx.restore();
  drawLabel(ctx, data, settings);
}
