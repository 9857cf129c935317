// CSV exports (issue 7): cells a spreadsheet would run as formulas are neutralised; evidence is one row each.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { edgesCsv, neutraliseCell, nodesCsv } from "../../src/web/export/csv.js";

describe("CSV formula injection", () => {
  it.each(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with a quote", (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });
  it.each(["宁波", "a=b", "1-2", "", "'quoted"])("leaves %j alone", (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
  it("writes nodes and edges (one row per evidence) that parse back, neutralised", () => {
    const nodes = nodesCsv([
      {
        id: "x",
        type: "Company",
        subtype: "Company",
        name_zh: '=HYPERLINK("http://evil")',
        name_en: 'a, "b"',
        degree: 2,
      },
    ]);
    const rows = parse(nodes, { bom: true }) as string[][];
    expect(rows[1]).toEqual(["x", "Company", "Company", '\'=HYPERLINK("http://evil")', 'a, "b"', "2"]);
    const edges = edgesCsv([
      {
        source: "x",
        type: "FUNDS",
        target: "y",
        evidence: [
          { doc: "d1", quote: "-投资 1 亿元", certainty: "explicit", amount: "+1亿" },
          { doc: "d2", quote: "第二条", certainty: "implied" },
        ],
      },
    ]);
    const erows = parse(edges, { bom: true }) as string[][];
    expect(erows).toHaveLength(3);
    expect(erows[1]?.[5]).toBe("'-投资 1 亿元");
    expect(erows[1]?.[6]).toBe("'+1亿");
    expect(erows[2]?.[8]).toBe("implied");
  });
});
