// Undo/redo: a stack of past views; only actions that change what is shown are recorded.
import { UNDOABLE, viewReducer, type Action } from "./actions.js";
import type { ViewState } from "./types.js";

export interface History {
  past: ViewState[];
  present: ViewState;
  future: ViewState[];
}

export type HistoryAction = Action | { kind: "undo" } | { kind: "redo" };

/** How many steps back undo can go. */
const HISTORY_LIMIT = 100;

export function initHistory(view: ViewState): History {
  return { past: [], present: view, future: [] };
}

/** Applies an action; undoable actions push the previous view, undo/redo move through the stacks. */
export function historyReducer(h: History, action: HistoryAction): History {
  if (action.kind === "undo") {
    const prev = h.past[h.past.length - 1];
    if (!prev) return h;
    return {
      past: h.past.slice(0, -1),
      present: keepTransient(prev, h.present),
      future: [h.present, ...h.future],
    };
  }
  if (action.kind === "redo") {
    const next = h.future[0];
    if (!next) return h;
    return {
      past: [...h.past, h.present],
      present: keepTransient(next, h.present),
      future: h.future.slice(1),
    };
  }
  const present = viewReducer(h.present, action);
  if (present === h.present) return h;
  if (!UNDOABLE.has(action.kind)) return { ...h, present };
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present, future: [] };
}

/** Language and camera are preferences, not steps: undo leaves them as they are. */
function keepTransient(target: ViewState, current: ViewState): ViewState {
  return { ...target, lang: current.lang, camera: current.camera };
}
