// The grid label placement asks "does this box touch anything placed?" must answer as a scan of every
// item would, wherever the boxes are (negative coordinates, boxes spanning many cells, tiny ones).
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/model/seeded-random.js";
import { intersects, type Rect } from "../../src/web/sigma/labelPlacement.js";
import { RectGrid } from "../../src/web/sigma/rectGrid.js";

describe("RectGrid", () => {
  it("finds exactly the intersecting rectangles a full scan finds", () => {
    const random = seededRandom(7);
    const rect = (): Rect => ({
      x: random() * 3000 - 1000,
      y: random() * 2000 - 700,
      width: random() < 0.1 ? random() * 600 : random() * 80,
      height: random() * 40,
    });
    const items = Array.from({ length: 400 }, rect);
    const grid = new RectGrid<Rect>((r) => r);
    for (const item of items) grid.add(item);
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const box = rect();
      const scan = items.some((item) => intersects(box, item));
      expect(grid.some(box, (item) => intersects(box, item))).toBe(scan);
      if (scan) hits++;
    }
    // Both answers occur, so the comparison means something.
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(1900);
  });

  it("passes each candidate to the test, so a caller can skip items (a node's own disc)", () => {
    const grid = new RectGrid<{ id: string } & Rect>((r) => r);
    grid.add({ id: "self", x: 0, y: 0, width: 10, height: 10 });
    const box = { x: 5, y: 5, width: 2, height: 2 };
    expect(grid.some(box, (d) => d.id !== "self")).toBe(false);
    grid.add({ id: "other", x: 6, y: 6, width: 1, height: 1 });
    expect(grid.some(box, (d) => d.id !== "self")).toBe(true);
  });
});
