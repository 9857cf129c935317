// PNG of the current view at 2x or 4x: sigma's layers (via @sigma/export-image) composed under a header
// (title, caption), a legend and a footer (sources), all drawn at the same scale.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { FONT_FAMILY } from "../sigma/font.js";
import type { ExplorerSigma } from "../sigma/context.js";
import type { Scene } from "./scene.js";
import { SVG_FOOTER, SVG_HEADER } from "./svg.js";

export const PNG_SCALES = [2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Renders sigma's layers with devicePixelRatio temporarily set to `scale` (that is how sigma sizes its canvases). */
async function graphLayers(sigma: ExplorerSigma, scale: number): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  try {
    return await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: "#ffffff", cameraState: sigma.getCamera().getState() });
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The view as a PNG blob of (width x (height + header + footer)) x scale pixels. */
export async function sceneToPng(sigma: ExplorerSigma, scene: Scene, scale: PngScale): Promise<Blob> {
  const layers = await graphLayers(sigma, scale);
  const canvas = document.createElement("canvas");
  canvas.width = scene.width * scale;
  canvas.height = (scene.height + SVG_HEADER + SVG_FOOTER) * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("png export: this browser gives no 2D canvas");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(layers, 0, SVG_HEADER * scale, scene.width * scale, scene.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = "#222";
  ctx.font = `700 18px ${FONT_FAMILY}`;
  ctx.fillText(scene.title, 16, 24);
  ctx.font = `14px ${FONT_FAMILY}`;
  ctx.fillStyle = "#444";
  ctx.fillText(scene.caption, 16, 46);
  const lx = scene.width - 200;
  ctx.fillStyle = "rgba(255,255,255,0.85)";
  ctx.fillRect(lx - 8, SVG_HEADER + 4, 200, scene.legend.length * 18 + 8);
  ctx.font = `12px ${FONT_FAMILY}`;
  scene.legend.forEach((l, i) => {
    const y = SVG_HEADER + 18 + i * 18;
    ctx.fillStyle = l.color;
    if (l.shape === "dot") {
      ctx.beginPath();
      ctx.arc(lx + 4, y - 4, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(lx - 2, y - 5.5, 12, 3);
    ctx.fillStyle = "#333";
    ctx.fillText(l.label, lx + 16, y);
  });
  ctx.fillStyle = "#555";
  ctx.fillText(scene.sources, 16, scene.height + SVG_HEADER + 26, scene.width - 32);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("png export: the canvas gave no image"))), "image/png"));
}
