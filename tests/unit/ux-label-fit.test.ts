// Issue 5 (UX review): long node labels are shortened so they do not run over their neighbours.
import { describe, expect, it } from "vitest";
import { fitLabel, labelWidth, LABEL_MAX_UNITS } from "../../src/web/ux/labelFit.js";

describe("fitLabel", () => {
  it("counts CJK characters as two units", () => {
    expect(labelWidth("宁波市")).toBe(6);
    expect(labelWidth("Ningbo")).toBe(6);
    expect(labelWidth("“科技创新2025”")).toBe(2 + 8 + 4 + 2);
  });
  it("keeps short labels whole", () => {
    expect(fitLabel("宁波高新技术产业开发区", LABEL_MAX_UNITS)).toBe("宁波高新技术产业开发区");
    expect(fitLabel("Ningbo National High-tech Zone", 30)).toBe("Ningbo National High-tech Zone");
  });
  it("cuts long Chinese labels and marks the cut", () => {
    const out = fitLabel("可之(宁波)人工智能科技有限公司研究院分院", 20);
    expect(out.endsWith("…")).toBe(true);
    expect(labelWidth(out)).toBeLessThanOrEqual(20);
  });
  it("cuts long English labels at a word boundary", () => {
    const out = fitLabel("Ningbo Institute of Northwestern Polytechnical University", LABEL_MAX_UNITS);
    expect(out).toBe("Ningbo Institute of…");
    expect(labelWidth(out)).toBeLessThanOrEqual(LABEL_MAX_UNITS);
  });
});
