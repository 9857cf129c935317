// The SVG writer: draws a composition (see compose.ts) as a standalone document, with the app's CJK font
// embedded when given. Pure (string in, string out), so it is unit-tested.
import { FONT_FAMILY } from "../sigma/font.js";
import type { Composition } from "./compose.js";
import { XML_INVALID } from "./xml.js";

const esc = (s: string): string =>
  s
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
    .replace(XML_INVALID, "");
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

/** The composition as an SVG document; `fontCss` holds @font-face rules with data: URLs. */
export function compositionToSvg(c: Composition, fontCss = ""): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="${esc(FONT_FAMILY)}">`,
    `<style>${fontCss} text{font-family:${FONT_FAMILY}}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges" fill="none">`,
  ];
  for (const e of c.edges) {
    const d = e.c
      ? `M${n(e.x1)},${n(e.y1)}Q${n(e.c.x)},${n(e.c.y)} ${n(e.x2)},${n(e.y2)}`
      : `M${n(e.x1)},${n(e.y1)}L${n(e.x2)},${n(e.y2)}`;
    out.push(`<path d="${d}" stroke="${esc(e.color)}" stroke-width="${n(e.width)}"/>`);
    if (e.head)
      out.push(
        `<path d="M${n(e.head[0])},${n(e.head[1])}L${n(e.head[2])},${n(e.head[3])}L${n(e.head[4])},${n(e.head[5])}z" fill="${esc(e.color)}"/>`,
      );
  }
  out.push(`</g><g class="nodes">`);
  for (const v of c.nodes)
    out.push(
      `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(Math.max(1, v.r))}" fill="${esc(v.color)}" stroke="#fff" stroke-width="1"><title>${esc(v.name)}</title></circle>`,
    );
  out.push(`</g><g class="legend">`);
  for (const s of c.swatches)
    out.push(
      s.shape === "dot"
        ? `<circle cx="${n(s.x + 5)}" cy="${n(s.y)}" r="5" fill="${esc(s.color)}"/>`
        : `<line x1="${n(s.x - 1)}" y1="${n(s.y)}" x2="${n(s.x + 11)}" y2="${n(s.y)}" stroke="${esc(s.color)}" stroke-width="3"/>`,
    );
  out.push(`</g><g class="texts">`);
  for (const tx of c.texts) {
    const halo = tx.halo
      ? ` stroke="#ffffff" stroke-opacity="0.85" stroke-width="3" paint-order="stroke"`
      : "";
    out.push(
      `<text x="${n(tx.x)}" y="${n(tx.y)}" font-size="${tx.size}"${tx.bold ? ' font-weight="700"' : ""} fill="${tx.color}"${halo}>${esc(tx.text)}</text>`,
    );
  }
  out.push(`</g>`, `</svg>`);
  return out.join("\n");
}
