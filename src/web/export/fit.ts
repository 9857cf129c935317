// Fitting points with extents (a node's radius, its label to the right) into a box: the one piece of geometry
// the image exports and the presentation camera share. Pure, so it is unit-tested.

/** A point in some source frame, with how far its drawing reaches to each side (in target pixels). */
export interface Extent {
  x: number;
  y: number;
  left: number;
  right: number;
  up: number;
  down: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Maps source (x, y) to target: (x * scale + dx, y * scale + dy). */
export interface Fit {
  scale: number;
  dx: number;
  dy: number;
}

/** Span of the drawing along one axis at scale `s`: [min, max]. */
function span(
  ps: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  s: number,
): [number, number] {
  let [a, b] = [Infinity, -Infinity];
  ps.forEach((p, i) => {
    a = Math.min(a, p * s - lo[i]!);
    b = Math.max(b, p * s + hi[i]!);
  });
  return [a, b];
}

/** The largest scale (up to `max`) at which the span fits `room`; the span grows with the scale, so bisect. */
function largestScale(
  ps: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  room: number,
  max: number,
): number {
  const fits = (s: number) => {
    const [a, b] = span(ps, lo, hi, s);
    return b - a <= room;
  };
  if (fits(max)) return max;
  let [low, high] = [0, max];
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * The scale and offset that draw every item (point plus extents) inside `box`, as large as possible but
 * at most `maxScale`, centred in the box. With no items, the identity centred on the box.
 */
export function fitExtents(items: readonly Extent[], box: Box, maxScale = 4): Fit {
  if (items.length === 0) return { scale: 1, dx: box.x + box.width / 2, dy: box.y + box.height / 2 };
  const xs = items.map((i) => i.x);
  const ys = items.map((i) => i.y);
  const sx = largestScale(
    xs,
    items.map((i) => i.left),
    items.map((i) => i.right),
    box.width,
    maxScale,
  );
  const sy = largestScale(
    ys,
    items.map((i) => i.up),
    items.map((i) => i.down),
    box.height,
    maxScale,
  );
  const scale = Math.max(1e-6, Math.min(sx, sy));
  const [x0, x1] = span(
    xs,
    items.map((i) => i.left),
    items.map((i) => i.right),
    scale,
  );
  const [y0, y1] = span(
    ys,
    items.map((i) => i.up),
    items.map((i) => i.down),
    scale,
  );
  return {
    scale,
    dx: box.x + (box.width - (x1 - x0)) / 2 - x0,
    dy: box.y + (box.height - (y1 - y0)) / 2 - y0,
  };
}
