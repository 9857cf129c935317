// A small SVG writer for the current view: edges, nodes, labels, legend, caption and sources line.
// Pure (string in, string out), so it is unit-tested; labels use the app's CJK font, embedded when given.
import { FONT_FAMILY } from "../sigma/font.js";
import type { Scene } from "./scene.js";

// XML 1.0 forbids these control characters; built from a string so the source holds none.
const XML_INVALID = new RegExp("[" + String.fromCharCode(0) + "-" + String.fromCharCode(8) + String.fromCharCode(11, 12) + String.fromCharCode(14) + "-" + String.fromCharCode(31) + "]", "g");
const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!).replace(XML_INVALID, "");
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

/** Header band and footer band heights (px) around the graph area. */
export const SVG_HEADER = 56;
export const SVG_FOOTER = 40;

/** The scene as a standalone SVG document. */
export function sceneToSvg(s: Scene): string {
  const h = s.height + SVG_HEADER + SVG_FOOTER;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${h}" viewBox="0 0 ${s.width} ${h}" font-family="${esc(FONT_FAMILY)}">`,
    `<style>${s.fontCss ?? ""} text{font-family:${FONT_FAMILY}}</style>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="18" font-weight="700" fill="#222">${esc(s.title)}</text>`,
    `<text x="16" y="46" font-size="14" fill="#444">${esc(s.caption)}</text>`,
    `<g transform="translate(0 ${SVG_HEADER})">`,
    `<g class="edges" fill="none">`,
  ];
  for (const e of s.edges)
    out.push(`<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${esc(e.color)}" stroke-width="${n(e.width)}"${e.arrow ? ' marker-end="url(#arrow)"' : ""}/>`);
  out.push(`</g><g class="nodes">`);
  for (const v of s.nodes) out.push(`<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(Math.max(1, v.r))}" fill="${esc(v.color)}" stroke="#fff" stroke-width="1"/>`);
  out.push(`</g><g class="labels" font-size="13" fill="#222">`);
  for (const v of s.nodes) {
    if (!v.label) continue;
    const x = n(v.x + v.r + 3);
    out.push(`<text x="${x}" y="${n(v.y + 4)}">${esc(v.label)}</text>`);
    if (v.labelSub) out.push(`<text x="${x}" y="${n(v.y + 18)}" font-size="11" fill="#666">${esc(v.labelSub)}</text>`);
  }
  out.push(`</g>`);
  // Legend: top right of the graph area, one row per type.
  const lx = s.width - 200;
  out.push(`<g class="legend" font-size="12" fill="#333"><rect x="${lx - 8}" y="4" width="200" height="${s.legend.length * 18 + 8}" fill="#ffffff" fill-opacity="0.85" stroke="#ddd"/>`);
  s.legend.forEach((l, i) => {
    const y = 18 + i * 18;
    out.push(
      l.shape === "dot"
        ? `<circle cx="${lx + 4}" cy="${y - 4}" r="5" fill="${esc(l.color)}"/>`
        : `<line x1="${lx - 2}" y1="${y - 4}" x2="${lx + 10}" y2="${y - 4}" stroke="${esc(l.color)}" stroke-width="3"/>`,
      `<text x="${lx + 16}" y="${y}">${esc(l.label)}</text>`,
    );
  });
  out.push(`</g></g>`);
  out.push(`<text x="16" y="${s.height + SVG_HEADER + 26}" font-size="12" fill="#555">${esc(s.sources)}</text>`);
  out.push(`</svg>`);
  return out.join("\n");
}
