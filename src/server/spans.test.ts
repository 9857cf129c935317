// Span helpers: every occurrence of a quote, and start/end lists paired safely.
import { describe, expect, it } from "vitest";
import { allOccurrences, zipSpans } from "./spans.js";

describe("allOccurrences", () => {
  it("finds every occurrence, overlapping ones too, in UTF-16 offsets", () => {
    expect(allOccurrences("甬江甬江", "甬江")).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(allOccurrences("aaa", "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(allOccurrences("abc", "")).toEqual([]);
    expect(allOccurrences("abc", "x")).toEqual([]);
  });
});

describe("zipSpans", () => {
  it("drops pairs that do not fit the text", () => {
    expect(zipSpans([0, 5, 3, 2], [2, 4, 9], 8)).toEqual([{ start: 0, end: 2 }]);
  });
});
