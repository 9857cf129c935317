// The explorer's GraphML writer (issue 16/17), read back by graphology-graphml's own parser: every
// node, edge and attribute arrives, typed, including quotes with characters XML must escape.
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import type { ExportGraph } from "../../src/web/export/exportGraph.js";
import { writeGraphml } from "../../src/web/export/formats.js";

describe("writeGraphml", () => {
  it("is read back by graphology-graphml with every attribute", () => {
    const g: ExportGraph = new MultiDirectedGraph();
    const node = { type: "Fund", subtype: "FoF", name_en: 'A & "B" <fund>', degree: 2 };
    g.addNode("a", { ...node, label: "甲基金", name_zh: "甲基金" });
    g.addNode("b", { ...node, label: "乙公司", name_zh: "乙公司", type: "Company" });
    const evidence = [{ doc: "d1", quote: "甲基金投资乙公司<第一轮>&", certainty: "explicit" as const }];
    const edge = {
      type: "INVESTED_IN",
      label: "INVESTED_IN",
      docs: "d1",
      quotes: evidence[0]!.quote,
      certainty: "explicit",
      evidence: JSON.stringify(evidence),
      weight: 1,
    };
    g.addDirectedEdgeWithKey("a|INVESTED_IN|b", "a", "b", edge);
    g.addDirectedEdgeWithKey("a|MANAGES|b", "a", "b", { ...edge, type: "MANAGES", label: "MANAGES" });

    const back = parse(MultiDirectedGraph, writeGraphml(g));
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes("b")).toMatchObject({
      type: "Company",
      name_en: 'A & "B" <fund>',
      degree: 2,
    });
    const parsed = back.getEdgeAttributes("a|INVESTED_IN|b");
    expect(parsed).toMatchObject({ type: "INVESTED_IN", weight: 1 });
    expect(JSON.parse(parsed.evidence as string)).toEqual(evidence);
    expect(back.source("a|MANAGES|b")).toBe("a");
  });
});
