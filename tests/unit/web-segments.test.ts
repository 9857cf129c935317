// The document reader cuts text into runs that know their quote, mention and active-quote status.
import { describe, expect, it } from "vitest";
import { findQuote, segmentText } from "../../src/web/panels/segments.js";

describe("segmentText", () => {
  const text = "宁波市政府设立天使基金，投资地平线。";
  it("rebuilds the text exactly and marks quotes, mentions and the active quote", () => {
    const quote = findQuote(text, "投资地平线");
    const segs = segmentText(
      text,
      [{ start: 0, end: 11 }],
      [{ start: 14, end: 17, entity: "horizon" }],
      quote,
    );
    expect(segs.map((s) => s.text).join("")).toBe(text);
    const horizon = segs.find((s) => s.text === "地平线")!;
    expect(horizon).toMatchObject({ entity: "horizon", active: true, inQuote: false });
    expect(segs[0]).toMatchObject({ inQuote: true, active: false, entity: null });
  });
  it("findQuote returns null for a quote not in the text", () => {
    expect(findQuote(text, "不存在")).toBeNull();
    expect(findQuote(text, null)).toBeNull();
  });
});
