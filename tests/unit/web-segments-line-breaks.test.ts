// A quote across a line break must not paint the break as a highlighted blank line in the reader.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/web/panels/segments.js";

describe("segmentText across line breaks", () => {
  const text = "第一段的结尾。\n\n第二段的开头，继续。";
  it("keeps the break (and blank line) out of every marked run, and rebuilds the text", () => {
    const segs = segmentText(text, [{ start: 3, end: 13 }], [], { start: 3, end: 13 });
    expect(segs.map((s) => s.text).join("")).toBe(text);
    for (const s of segs) if (s.inQuote || s.active) expect(s.text).not.toMatch(/\n/);
    const brk = segs.find((s) => s.text.includes("\n"))!;
    expect(brk).toMatchObject({ text: "\n\n", inQuote: false, active: false, entity: null });
    expect(segs.filter((s) => s.active).map((s) => s.text)).toEqual(["的结尾。", "第二段的"]);
    // Starts stay unique and contiguous (they are React keys).
    segs.forEach((s, i) => i > 0 && expect(s.start).toBe(segs[i - 1]!.end));
  });
  it("leaves a run without a break whole", () => {
    const segs = segmentText("甲乙丙", [{ start: 0, end: 3 }], [], null);
    expect(segs).toHaveLength(1);
  });
});
