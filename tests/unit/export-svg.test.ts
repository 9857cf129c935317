// SVG export (issue 7): a well-formed document with nodes, escaped labels, legend, caption and sources.
import { describe, expect, it } from "vitest";
import { sceneText, type Scene } from "../../src/web/export/scene.js";
import { SVG_FOOTER, SVG_HEADER, sceneToSvg } from "../../src/web/export/svg.js";
import { parseUnicodeRange } from "../../src/web/export/fontEmbed.js";

const scene: Scene = {
  width: 800,
  height: 600,
  nodes: [
    { id: "a", x: 100, y: 100, r: 8, color: "#e74c3c", label: "地平线", labelSub: "Horizon <Robotics> & Co" },
    { id: "b", x: 300, y: 200, r: 5, color: "#3498db", label: "甬江实验室" },
  ],
  edges: [{ x1: 100, y1: 100, x2: 295, y2: 198, color: "#f39c12", width: 2, arrow: true }],
  legend: [{ color: "#e74c3c", label: "企业 · Company", shape: "dot" }, { color: "#f39c12", label: "投资 · invested in", shape: "line" }],
  title: "宁波创新图谱",
  caption: "投资链 \"quoted\"",
  sources: "来源: 宁波高新区全力打造新质生产力“强引擎”",
  fontCss: '@font-face{font-family:"Noto Sans SC";src:url(data:font/woff2;base64,AAAA)}',
};

describe("SVG serialiser", () => {
  const svg = sceneToSvg(scene);
  it("sizes the document to the view plus header and footer", () => {
    expect(svg).toContain(`width="800" height="${600 + SVG_HEADER + SVG_FOOTER}"`);
  });
  it("draws every node, edge (with arrow) and label, escaped", () => {
    expect(svg.match(/<circle cx=/g)).toHaveLength(2 + 1); // two nodes and one legend dot
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain(">地平线</text>");
    expect(svg).toContain("Horizon &lt;Robotics&gt; &amp; Co");
    expect(svg).not.toContain("<Robotics>");
  });
  it("carries the legend, caption, sources line, the CJK font family and the embedded font", () => {
    for (const text of ["企业 · Company", "投资 · invested in", "投资链 &quot;quoted&quot;", "来源: 宁波高新区"]) expect(svg).toContain(text);
    expect(svg).toContain("Noto Sans SC");
    expect(svg).toContain("@font-face");
  });
  it("lists all its text for font subsetting", () => {
    expect(sceneText(scene)).toContain("甬江实验室");
  });
  it("parses CSS unicode ranges", () => {
    expect(parseUnicodeRange("U+4e00-4fff, U+20, U+3??")).toEqual([[0x4e00, 0x4fff], [0x20, 0x20], [0x300, 0x3ff]]);
  });
});
