// Strict UTF-8 and CSV positions: the line:column every data message depends on.
import { describe, expect, it } from "vitest";
import { scanCsv } from "../../src/data/csv-positions.js";
import { decodeUtf8Strict } from "../../src/data/text.js";
import { namePinyin, entityPinyin } from "../../src/data/pinyin.js";
import { findMentions } from "../../src/data/mentions.js";
import { normaliseName } from "../../src/data/names.js";
import { isIsoDate, isPartialIsoDate } from "../../src/data/dates.js";

describe("decodeUtf8Strict", () => {
  it("decodes UTF-8 and locates the first Latin-1 byte by line and column", () => {
    expect(decodeUtf8Strict(new TextEncoder().encode("甬江\n"))).toEqual({ ok: true, text: "甬江\n" });
    const latin1 = Uint8Array.from([...new TextEncoder().encode("ok\n宁波 caf"), 0xe9, 0x0a]);
    expect(decodeUtf8Strict(latin1)).toEqual({ ok: false, byteOffset: 13, at: { line: 2, column: 7 } });
  });
});

describe("scanCsv", () => {
  it("gives each field's start across CRLF, quoted line breaks and empty lines", () => {
    const scan = scanCsv('a,b\r\n"x\r\ny",宁波\r\n\r\n"",z\r\n');
    expect(scan.problem).toBeUndefined();
    expect(scan.records).toEqual([
      [
        { line: 1, column: 1 },
        { line: 1, column: 3 },
      ],
      [
        { line: 2, column: 1 },
        { line: 3, column: 4 },
      ],
      [
        { line: 5, column: 1 },
        { line: 5, column: 4 },
      ],
    ]);
  });

  it("points at an unclosed quote", () => {
    expect(scanCsv('a,b\n1,"open\n2,3\n').problem).toEqual({
      at: { line: 2, column: 3 },
      what: "unclosed-quote",
    });
  });
});

describe("pinyin", () => {
  it("gives full pinyin and initials without tones or spaces", () => {
    expect(namePinyin("甬江实验室")).toEqual({ full: "yongjiangshiyanshi", initials: "yjsys" });
    expect(namePinyin("工行宁波市分行")).toEqual({ full: "gonghangningboshifenhang", initials: "ghnbsfh" });
    expect(namePinyin("5G·创新（宁波）")).toEqual({ full: "5gchuangxinningbo", initials: "5gcxnb" });
  });

  it("covers aliases after the name, space-separated", () => {
    expect(entityPinyin({ name_zh: "宁波高新区", aliases: ["高新区", "Ningbo HTZ"] })).toEqual({
      pinyin: "ningbogaoxinqu gaoxinqu ningbohtz",
      pinyin_initials: "nbgxq gxq ningbohtz",
    });
  });
});

describe("findMentions", () => {
  it("lets the longest form win where forms overlap", () => {
    const found = findMentions("宁波高新区在宁波。高新区", [
      { form: "宁波", entity: "ningbo" },
      { form: "宁波高新区", entity: "zone" },
      { form: "高新区", entity: "zone" },
    ]);
    expect(Object.fromEntries(found)).toEqual({
      zone: { starts: [0, 9], ends: [5, 12] },
      ningbo: { starts: [6], ends: [8] },
    });
  });
});

describe("names and dates", () => {
  it("compares names after NFKC, trimming and case folding", () => {
    expect(normaliseName(" ＹＯＮＧＪＩＡＮＧ Lab ")).toBe(normaliseName("yongjiang lab"));
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isPartialIsoDate("2023-10")).toBe(true);
    expect(isPartialIsoDate("2023-13")).toBe(false);
  });
});
