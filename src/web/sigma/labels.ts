// Node label sizes: bigger for important (larger) nodes. The labels themselves are drawn by labelLayer.ts.

/** Label font size in pixels for a node of rendered radius `size`. */
export function labelSizeFor(size: number, base: number): number {
  return Math.round(Math.min(base + 6, base + Math.max(0, size - 6) * 0.45));
}
