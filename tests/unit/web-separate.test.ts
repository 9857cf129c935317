// Partial layouts: a new node that lands on a fixed one, or whose label runs into a neighbour's, moves off
// it; fixed nodes never move; the same input always gives the same output.
import { describe, expect, it } from "vitest";
import { labelWidth, separate, type SepNode } from "../../src/web/graph/separate.js";

const overlaps = (a: SepNode, b: SepNode, m: number) =>
  Math.min(a.x + a.r + a.labelW, b.x + b.r + b.labelW) + m - Math.max(a.x - a.r, b.x - b.r) > 0 &&
  Math.min(a.y + a.r, b.y + b.r) + m - Math.max(a.y - a.r, b.y - b.r) > 0;

function scene(): SepNode[] {
  return [
    { x: 0, y: 0, r: 10, labelW: labelWidth("上海交大研究院"), fixed: true },
    { x: 0, y: 0, r: 6, labelW: labelWidth("可之"), fixed: false }, // on the very same spot
    { x: 30, y: 4, r: 6, labelW: labelWidth("+12") + 60, fixed: false }, // a "+N" label over the hub's label
    { x: 300, y: 300, r: 6, labelW: 40, fixed: true },
  ];
}

describe("separate", () => {
  it("moves new nodes off fixed ones and their labels, without moving the fixed", () => {
    const nodes = scene();
    const left = separate(nodes, { margin: 6, maxIterations: 60 });
    expect(left).toBe(0);
    expect(nodes[0]).toMatchObject({ x: 0, y: 0 });
    expect(nodes[3]).toMatchObject({ x: 300, y: 300 });
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        expect(overlaps(nodes[i]!, nodes[j]!, 0), `${i} vs ${j}`).toBe(false);
  });
  it("is deterministic", () => {
    const [a, b] = [scene(), scene()];
    separate(a, { margin: 6, maxIterations: 60 });
    separate(b, { margin: 6, maxIterations: 60 });
    expect(a).toEqual(b);
  });
  it("estimates CJK labels wider than Latin ones", () => {
    expect(labelWidth("可之")).toBeGreaterThan(labelWidth("ab"));
    expect(labelWidth(undefined)).toBe(0);
  });
});
