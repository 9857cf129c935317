// The one label rule (canvas and image export): no two placed labels touch, none crosses an obstacle or
// the bounds, the most important label wins a contested spot, a label that fits nowhere is left out.
import { describe, expect, it } from "vitest";
import {
  intersects,
  placeLabels,
  type LabelCandidate,
  type Measure,
} from "../../src/web/sigma/labelPlacement.js";

const measure: Measure = (text, size) =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);

const cand = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  r: 6,
  label: `节点${id}`,
  size: 12,
  bold: false,
  rank: 2,
  degree: 1,
  ...extra,
});

const bounds = { x: 0, y: 0, width: 400, height: 300 };

describe("label placement", () => {
  it("never places two labels that touch, however crowded", () => {
    const crowd = Array.from({ length: 60 }, (_v, i) =>
      cand(`n${i}`, 50 + (i % 10) * 18, 50 + Math.floor(i / 10) * 9),
    );
    const placed = placeLabels(crowd, { bounds, obstacles: [], discs: [] }, measure);
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed) for (const b of placed) if (a !== b) expect(intersects(a.box, b.box)).toBe(false);
    expect(new Set(placed.map((p) => p.id)).size).toBe(placed.length);
  });

  it("gives a contested spot to the selection, then to the better connected", () => {
    const placed = placeLabels(
      [
        cand("low", 100, 100, { degree: 1, label: "宁波高新技术产业开发区" }),
        cand("sel", 100, 100, { rank: 0, label: "地平线" }),
        cand("hub", 100, 100, { degree: 131, label: "宁波市" }),
      ],
      { bounds, obstacles: [], discs: [] },
      measure,
    );
    expect(placed[0]!.id).toBe("sel");
    expect(placed[0]!.boxed).toBe(true);
    expect(placed.map((p) => p.id).slice(0, 2)).toEqual(["sel", "hub"]);
  });

  it("keeps labels out of obstacles and inside the bounds, moving or shortening them", () => {
    const panel = { x: 200, y: 0, width: 200, height: 300 };
    const placed = placeLabels(
      [cand("a", 190, 100, { label: "宁波市科技创新投资母基金有限公司" }), cand("edge", 396, 150)],
      { bounds, obstacles: [panel], discs: [] },
      measure,
    );
    const a = placed.find((p) => p.id === "a");
    expect(a).toBeDefined();
    expect(a!.box.x + a!.box.width).toBeLessThanOrEqual(200);
    for (const p of placed) {
      expect(intersects(p.box, panel)).toBe(false);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(400);
    }
    expect(placed.some((p) => p.id === "edge")).toBe(false);
  });

  it("prefers a side that covers no other node", () => {
    const placed = placeLabels(
      [cand("a", 100, 100)],
      { bounds, obstacles: [], discs: [{ id: "b", x: 125, y: 100, r: 8 }] },
      measure,
    );
    expect(placed[0]!.tx).toBeLessThan(100);
  });
});
