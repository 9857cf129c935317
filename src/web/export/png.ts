// The PNG writer: draws a composition (see compose.ts) on a 2D canvas at 2x or 4x, so the PNG and the
// SVG show the same page. Text is drawn in the app's CJK font, loaded before drawing.
import { FONT_FAMILY } from "../sigma/font.js";
import type { Composition, Measure } from "./compose.js";

/** The export offers 2x and 4x. */
export type PngScale = 2 | 4;

const font = (size: number, bold: boolean) => `${bold ? 700 : 400} ${size}px ${FONT_FAMILY}`;

/** Text widths from a canvas in the export font (the composition lays text out with it). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) throw new Error("png export: this browser gives no 2D canvas");
  return (text, size, bold) => {
    ctx.font = font(size, bold);
    return ctx.measureText(text).width;
  };
}

/** The composition as a PNG blob of (width x height) x scale pixels. */
export async function compositionToPng(c: Composition, scale: PngScale): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = c.width * scale;
  canvas.height = c.height * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("png export: this browser gives no 2D canvas");
  ctx.scale(scale, scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.lineCap = "round";
  for (const e of c.edges) {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    if (e.c) ctx.quadraticCurveTo(e.c.x, e.c.y, e.x2, e.y2);
    else ctx.lineTo(e.x2, e.y2);
    ctx.stroke();
    if (e.head) {
      ctx.fillStyle = e.color;
      ctx.beginPath();
      ctx.moveTo(e.head[0], e.head[1]);
      ctx.lineTo(e.head[2], e.head[3]);
      ctx.lineTo(e.head[4], e.head[5]);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 1;
  for (const v of c.nodes) {
    ctx.fillStyle = v.color;
    ctx.beginPath();
    ctx.arc(v.x, v.y, Math.max(1, v.r), 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  for (const s of c.swatches) {
    ctx.fillStyle = s.color;
    if (s.shape === "dot") {
      ctx.beginPath();
      ctx.arc(s.x + 5, s.y, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(s.x - 1, s.y - 1.5, 12, 3);
  }
  ctx.lineJoin = "round";
  for (const tx of c.texts) {
    ctx.font = font(tx.size, tx.bold);
    if (tx.halo) {
      ctx.strokeStyle = "rgba(255,255,255,0.85)";
      ctx.lineWidth = 3;
      ctx.strokeText(tx.text, tx.x, tx.y);
    }
    ctx.fillStyle = tx.color;
    ctx.fillText(tx.text, tx.x, tx.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) =>
        b
          ? resolve(b)
          : reject(new Error("png export: the canvas gave no image (too large for this browser?)")),
      "image/png",
    ),
  );
}
