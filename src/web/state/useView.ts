// The view state hook: history reducer, seeded from the URL and written back to it; Ctrl+Z / Ctrl+Shift+Z.
import { useCallback, useEffect, useReducer } from "react";
import { historyReducer, initHistory, type HistoryAction } from "./history.js";
import { decodeView, encodeView } from "./url.js";
import type { ViewState } from "./types.js";

export interface ViewHandle {
  view: ViewState;
  dispatch(action: HistoryAction): void;
  canUndo: boolean;
  canRedo: boolean;
}

export function useView(): ViewHandle {
  const [h, dispatch] = useReducer(historyReducer, undefined, () =>
    initHistory(decodeView(window.location.search)),
  );

  useEffect(() => {
    const qs = encodeView(h.present);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, "", url);
  }, [h.present]);

  const onKey = useCallback((e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.isContentEditable))
      return;
    if (!(e.ctrlKey || e.metaKey) || (e.key.toLowerCase() !== "z" && e.key.toLowerCase() !== "y")) return;
    e.preventDefault();
    dispatch({ kind: e.shiftKey || e.key.toLowerCase() === "y" ? "redo" : "undo" });
  }, []);
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onKey]);

  return { view: h.present, dispatch, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}
