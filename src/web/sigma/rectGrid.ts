// A uniform grid over rectangles, so that "does this box touch anything placed so far?" looks at the
// few items in the cells the box covers instead of every item: label placement asks it up to sixteen
// times per node on every frame, which at 10^4 nodes was 10^8 comparisons a frame.
import type { Rect } from "./labelPlacement.js";

/** Cell side in pixels: about a short label's width, so a box covers a handful of cells. */
const CELL = 64;

export class RectGrid<T> {
  private readonly cells = new Map<number, T[]>();

  constructor(private readonly boundsOf: (item: T) => Rect) {}

  /** Calls `visit` with the key of each cell the rectangle covers until it returns true (cells are numbered row by row on a 2^16-wide board). */
  private cellsOf(r: Rect, visit: (key: number) => boolean): boolean {
    const x0 = Math.floor(r.x / CELL);
    const x1 = Math.floor((r.x + r.width) / CELL);
    const y0 = Math.floor(r.y / CELL);
    const y1 = Math.floor((r.y + r.height) / CELL);
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) if (visit((y + 32_768) * 65_536 + x + 32_768)) return true;
    return false;
  }

  add(item: T): void {
    this.cellsOf(this.boundsOf(item), (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
      return false;
    });
  }

  /** True when `test` holds for an item whose cells meet `area`'s (each item may be tested more than once). */
  some(area: Rect, test: (item: T) => boolean): boolean {
    return this.cellsOf(area, (key) => this.cells.get(key)?.some(test) ?? false);
  }
}
