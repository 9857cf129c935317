// Focus for panels that open over the canvas (detail, reader): when one opens, focus moves into it (so
// a keyboard or screen-reader user lands on what they asked for); when it closes, focus goes back to
// the control that opened it, if that control is still there.
import { useLayoutEffect, useRef } from "react";

/** `openKey` is null while the panel is closed; `selector` finds the panel once it is rendered. */
export function useFocusReturn(openKey: string | null, selector: string): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    const open = openKey !== null;
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (open) document.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
    else if (wasOpen.current && opener.current?.isConnected) opener.current.focus({ preventScroll: true });
    if (!open) opener.current = null;
    wasOpen.current = open;
  }, [openKey, selector]);
}
