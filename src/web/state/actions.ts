// Actions on the view state, and the reducer that applies them (pure, so it is unit-tested).
import { DEFAULT_FILTERS, type Camera, type Expansion, type Filters, type ViewState } from "./types.js";
import type { Lang } from "../i18n/strings.js";
import { expansionKey } from "./expansion.js";

export type Action =
  | { kind: "select"; id: string | null }
  | { kind: "expand"; expansion: Expansion }
  | { kind: "remove"; id: string }
  | { kind: "filters"; filters: Partial<Filters> }
  | { kind: "resetFilters" }
  | { kind: "lang"; lang: Lang }
  | { kind: "focus"; hops: number }
  | { kind: "path"; path: ViewState["path"] }
  | { kind: "reader"; reader: ViewState["reader"] }
  | { kind: "camera"; camera: Camera }
  | { kind: "replace"; view: ViewState };

/** Actions that change what the graph shows and so go on the undo stack. */
export const UNDOABLE: ReadonlySet<Action["kind"]> = new Set([
  "expand",
  "remove",
  "filters",
  "resetFilters",
  "focus",
]);

/** Applies one action to the view. */
export function viewReducer(view: ViewState, action: Action): ViewState {
  switch (action.kind) {
    case "select":
      return { ...view, selected: action.id };
    case "expand": {
      const key = expansionKey(action.expansion);
      if (view.expansions.some((e) => expansionKey(e) === key)) return view;
      const id = action.expansion.id;
      return {
        ...view,
        expansions: [...view.expansions, action.expansion],
        removed: view.removed.filter((r) => r !== id),
      };
    }
    case "remove":
      if (view.removed.includes(action.id)) return view;
      return {
        ...view,
        removed: [...view.removed, action.id],
        selected: view.selected === action.id ? null : view.selected,
      };
    case "filters":
      return { ...view, filters: { ...view.filters, ...action.filters } };
    case "resetFilters":
      // Back to the filters the explorer opens with (the core ecosystem), not to "everything shown".
      return { ...view, filters: DEFAULT_FILTERS };
    case "lang":
      return { ...view, lang: action.lang };
    case "focus":
      return { ...view, focus: Math.max(0, Math.min(3, action.hops)) };
    case "path":
      return { ...view, path: action.path };
    case "reader":
      return { ...view, reader: action.reader };
    case "camera":
      return { ...view, camera: action.camera };
    case "replace":
      return action.view;
  }
}
