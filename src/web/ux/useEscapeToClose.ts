// Keyboard: Escape closes the document reader, then the detail panel, so the panel is usable without a mouse.
import { useEffect } from "react";

/** Elements where Escape already means something (clearing a search, closing a list). */
const OWN_ESCAPE = "input, textarea, select, [contenteditable='true'], details[open]";

/**
 * Calls `close` on Escape unless the key is meant for the focused control or a dialog;
 * `close` returns whether it closed something (then the key is consumed).
 */
export function useEscapeToClose(close: () => boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWN_ESCAPE)) {
        const open = target.closest("details[open]");
        if (open) open.removeAttribute("open");
        return;
      }
      if (close()) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close]);
}
