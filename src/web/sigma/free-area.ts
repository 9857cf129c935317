// The part of the canvas that panels do not cover, so the camera frames what the user can see.

export interface FreeArea {
  /** Centre of the uncovered part, in viewport pixels. */
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/**
 * Measures the panels floating over `container` (elements with class `panel`): a panel hugging the
 * left edge narrows the area from the left, one hugging the right edge from the right.
 */
export function freeArea(container: HTMLElement): FreeArea {
  const box = container.getBoundingClientRect();
  let left = 0;
  let right = box.width;
  for (const el of container.ownerDocument.querySelectorAll<HTMLElement>(".panel")) {
    const r = el.getBoundingClientRect();
    // The detail panel and the reader cover their side even while still short (loading), so they always count.
    const docked = el.matches(".detail, .reader");
    if (r.width === 0 || (!docked && r.height < box.height / 3)) continue;
    const l = r.left - box.left;
    const rr = r.right - box.left;
    if (l < box.width / 3 && rr < box.width / 2) left = Math.max(left, rr);
    // A third, not a half: the 460 px reader starts right at the middle of a 1280 px window.
    else if (rr > (box.width * 2) / 3 && l > box.width / 3) right = Math.min(right, l);
  }
  if (right - left < box.width / 4) [left, right] = [0, box.width];
  return { cx: (left + right) / 2, cy: box.height / 2, width: right - left, height: box.height };
}
