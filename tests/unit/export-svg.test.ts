// Image export (issue 7): the page composition (whole view fitted, legend in its own column, no overlaps)
// and the SVG writer (escaped text, every node named, legend, caption, sources, embedded font).
import { describe, expect, it } from "vitest";
import { compose, EXPORT_PAGE, wrap, type Measure } from "../../src/web/export/compose.js";
import { fitExtents } from "../../src/web/export/fit.js";
import { parseUnicodeRange } from "../../src/web/export/fontEmbed.js";
import { sceneText, type Scene, type SceneNode } from "../../src/web/export/scene.js";
import { compositionToSvg } from "../../src/web/export/svg.js";

/** CJK one em wide, the rest about half. */
const measure: Measure = (text, size) =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);

const node = (
  id: string,
  x: number,
  y: number,
  r: number,
  label: string,
  extra: Partial<SceneNode> = {},
): SceneNode => ({ id, x, y, r, color: "#e15759", label, name: label, force: false, ...extra });

const scene: Scene = {
  // Spread far beyond any viewport: the export must still fit them all.
  nodes: [
    node("a", -3000, -2000, 14, "地平线", { labelSub: "Horizon <Robotics> & Co", force: true }),
    node("b", 4000, 2500, 5, "甬江实验室"),
    node("c", 0, 0, 8, "宁波市"),
  ],
  edges: [
    { source: "a", target: "b", color: "#f28e2b", width: 2, arrow: true, curvature: 0 },
    { source: "c", target: "a", color: "#888", width: 1, arrow: true, curvature: 0.25 },
  ],
  legend: [
    {
      heading: "实体类型 Entity types",
      items: [{ color: "#e15759", label: "企业 · Company", shape: "dot" }],
    },
    {
      heading: "关系类型 Relations",
      items: Array.from({ length: 20 }, (_v, i) => ({
        color: "#f28e2b",
        label: `投资 · invested in ${i}`,
        shape: "line" as const,
      })),
    },
  ],
  title: "宁波创新图谱",
  caption: '投资链 "quoted"',
  sources: "来源: 宁波高新区全力打造新质生产力“强引擎”",
  fontCss: '@font-face{font-family:"Noto Sans SC";src:url(data:font/woff2;base64,AAAA)}',
};

const inside = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

describe("fitExtents", () => {
  it("fits points with their extents into the box, centred", () => {
    const fit = fitExtents(
      [
        { x: 0, y: 0, left: 5, right: 50, up: 5, down: 5 },
        { x: 100, y: 100, left: 5, right: 50, up: 5, down: 5 },
      ],
      { x: 10, y: 10, width: 300, height: 300 },
    );
    expect(0 * fit.scale + fit.dx - 5).toBeCloseTo(10, 3);
    expect(100 * fit.scale + fit.dx + 50).toBeCloseTo(310, 3);
    expect((0 * fit.scale + fit.dy - 5 + 100 * fit.scale + fit.dy + 5) / 2).toBeCloseTo(160, 3);
  });
});

describe("page composition", () => {
  const c = compose(scene, measure);
  it("has the fixed page size", () =>
    expect([c.width, c.height]).toEqual([EXPORT_PAGE.width, EXPORT_PAGE.height]));
  it("fits every node into the graph area, left of the legend", () => {
    for (const n of c.nodes) expect(inside(n, c.graph)).toBe(true);
    expect(c.legendBox).not.toBeNull();
    expect(c.graph.x + c.graph.width).toBeLessThan(c.legendBox!.x);
  });
  it("puts a long legend in two columns, outside the graph", () => {
    const xs = new Set(c.swatches.map((s) => s.x));
    expect(xs.size).toBe(2);
    for (const s of c.swatches) expect(inside(s, c.legendBox!)).toBe(true);
  });
  it("keeps every text on the page and node labels inside the graph area", () => {
    for (const t of c.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + measure(t.text, t.size, t.bold)).toBeLessThanOrEqual(c.width);
      if (t.halo)
        expect(t.x + measure(t.text, t.size, t.bold)).toBeLessThanOrEqual(c.graph.x + c.graph.width + 1);
    }
  });
  it("wraps long text with an ellipsis", () => {
    expect(wrap("宁波".repeat(50), 100, 10, measure, 2)).toEqual([
      "宁波宁波宁波宁波宁波",
      "宁波宁波宁波宁波宁…",
    ]);
  });
});

describe("SVG writer", () => {
  const svg = compositionToSvg(compose(scene, measure), scene.fontCss);
  it("draws every node with its name, escaped, edges with arrow heads, a curve", () => {
    expect(svg.match(/<title>/g)).toHaveLength(3);
    expect(svg).toContain(">地平线</text>");
    expect(svg).toContain("Horizon &lt;Robotics&gt; &amp; Co");
    expect(svg).not.toContain("<Robotics>");
    expect(svg).toMatch(/d="M[\d.-]+,[\d.-]+Q/);
    expect(svg.match(/z" fill=/g)).toHaveLength(2);
  });
  it("carries the legend, caption, sources line, the CJK font family and the embedded font", () => {
    for (const text of [
      "企业 · Company",
      "实体类型 Entity types",
      "投资链 &quot;quoted&quot;",
      "来源: 宁波高新区",
    ])
      expect(svg).toContain(text);
    expect(svg).toContain("Noto Sans SC");
    expect(svg).toContain("@font-face");
  });
  it("lists all its text for font subsetting", () => expect(sceneText(scene)).toContain("甬江实验室"));
  it("parses CSS unicode ranges", () => {
    expect(parseUnicodeRange("U+4e00-4fff, U+20, U+3??")).toEqual([
      [0x4e00, 0x4fff],
      [0x20, 0x20],
      [0x300, 0x3ff],
    ]);
  });
});
