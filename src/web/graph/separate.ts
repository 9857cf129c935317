// Label-aware overlap removal for partial layouts: noverlap moves every node and ignores labels, so after
// an expansion a new node could sit on a fixed one, or a hub's "+N" label run into a neighbour's label.
// This pass moves only the movable nodes, deterministically (no randomness, fixed visiting order).
import { isWide } from "../ux/labelFit.js";

export interface SepNode {
  x: number;
  y: number;
  /** Radius in graph units (the node size). */
  r: number;
  /** Estimated label width in graph units; the label is drawn to the right of the node. */
  labelW: number;
  fixed: boolean;
}

export interface SepOptions {
  /** Gap kept between boxes, in graph units. */
  margin: number;
  maxIterations: number;
}

/** Rough label width in graph units: a CJK character is about one label size wide, Latin about half. */
export function labelWidth(label: string | undefined, labelSize = 12): number {
  if (!label) return 0;
  let w = 0;
  for (const ch of label) w += isWide(ch) ? 1 : 0.55;
  return w * labelSize + 4;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const boxOf = (n: SepNode, m: number): Box => ({
  x0: n.x - n.r - m,
  y0: n.y - n.r - m,
  x1: n.x + n.r + n.labelW + m,
  y1: n.y + n.r + m,
});

/**
 * Pushes overlapping boxes (node plus label) apart along the axis that needs the smaller move; only nodes
 * that are not fixed move (both halves when both can). Mutates `nodes`; returns the overlaps left.
 */
export function separate(nodes: SepNode[], { margin, maxIterations }: SepOptions): number {
  const movers = nodes.map((n, i) => (n.fixed ? -1 : i)).filter((i) => i >= 0);
  let left = 0;
  for (let it = 0; it < maxIterations; it++) {
    left = 0;
    for (const i of movers) {
      const a = nodes[i]!;
      for (let j = 0; j < nodes.length; j++) {
        if (j === i) continue;
        const b = nodes[j]!;
        if (!b.fixed && j < i) continue; // each movable pair once
        const [ba, bb] = [boxOf(a, margin / 2), boxOf(b, margin / 2)];
        const ox = Math.min(ba.x1, bb.x1) - Math.max(ba.x0, bb.x0);
        const oy = Math.min(ba.y1, bb.y1) - Math.max(ba.y0, bb.y0);
        if (ox <= 0 || oy <= 0) continue;
        left++;
        // Direction from b to a; on the very same spot, a direction derived from the indices.
        let dx = (ba.x0 + ba.x1 - bb.x0 - bb.x1) / 2;
        let dy = a.y - b.y;
        if (dx === 0 && dy === 0) {
          const angle = (i * 2.399963 + j) % (2 * Math.PI);
          [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        }
        const share = b.fixed ? 1 : 0.5;
        // Vertical moves are cheaper (labels are wide), so prefer them unless the horizontal one is smaller.
        if (oy <= ox) {
          const s = (dy >= 0 ? 1 : -1) * (oy + 0.01) * share;
          a.y += s;
          if (!b.fixed) b.y -= s;
        } else {
          const s = (dx >= 0 ? 1 : -1) * (ox + 0.01) * share;
          a.x += s;
          if (!b.fixed) b.x -= s;
        }
      }
    }
    if (left === 0) break;
  }
  return left;
}
