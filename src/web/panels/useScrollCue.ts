// Whether a scrolling panel has more below its fold: the panel says so with a fade and a "more" button,
// since overlay scrollbars (macOS, touch, headless Chromium) show nothing until one scrolls.
import { useEffect, useState, type RefObject } from "react";

/** Rows within this many pixels of the end count as reached (sub-pixel rounding, the cue's own height). */
const SLACK = 4;

/** True while `ref`'s content runs past its bottom edge; follows scrolling, resizing and new content. */
export function useScrollCue(ref: RefObject<HTMLElement | null>): boolean {
  const [below, setBelow] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setBelow(el.scrollHeight - el.scrollTop - el.clientHeight > SLACK);
    check();
    el.addEventListener("scroll", check, { passive: true });
    const sized = new ResizeObserver(check);
    sized.observe(el);
    const changed = new MutationObserver(check);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      el.removeEventListener("scroll", check);
      sized.disconnect();
      changed.disconnect();
    };
  }, [ref]);
  return below;
}
