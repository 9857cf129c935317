// The search text helpers: pinyin keys and Lucene escaping (user text must stay plain text).
import { describe, expect, it } from "vitest";
import { pinyinKey } from "../model/search-rank.js";
import { luceneQuery } from "./search-text.js";

describe("pinyinKey", () => {
  it("lower-cases and drops spaces and apostrophes", () => {
    expect(pinyinKey("Yong Jiang")).toBe("yongjiang");
    expect(pinyinKey("xi'an")).toBe("xian");
  });
  it("is empty for text that is not pinyin-like", () => {
    for (const text of ["甬江", "5G", "a-b", "') RETURN 1 //"]) expect(pinyinKey(text)).toBe("");
  });
});

describe("luceneQuery", () => {
  it("escapes every special character", () => {
    expect(luceneQuery("a+b")).toBe("a\\+b");
    expect(luceneQuery("') RETURN 1 //")).toBe("return~ 1");
    expect(luceneQuery("(x)")).toBe("\\(x\\)");
    expect(luceneQuery("title:x")).toBe("title\\:x");
  });
  it("drops tokens with nothing searchable and makes long ascii words fuzzy", () => {
    expect(luceneQuery("}{ *:* //")).toBe("");
    expect(luceneQuery("Labratory 甬江")).toBe("labratory~ 甬江");
  });
  it("lower-cases operators so they are words", () => {
    expect(luceneQuery("A AND B")).toBe("a and b");
  });
});
