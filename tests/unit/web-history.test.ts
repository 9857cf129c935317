// Undo/redo steps through expansions, removals and filters; selection and language are not steps.
import { describe, expect, it } from "vitest";
import {
  historyReducer,
  initHistory,
  type History,
  type HistoryAction,
} from "../../src/web/state/history.js";
import { DEFAULT_VIEW } from "../../src/web/state/types.js";

const run = (actions: HistoryAction[], h: History = initHistory(DEFAULT_VIEW)) =>
  actions.reduce(historyReducer, h);
const expand = (id: string): HistoryAction => ({
  kind: "expand",
  expansion: { id, depth: 1, relTypes: [], types: [], limit: 30 },
});

describe("history", () => {
  it("undoes and redoes an expansion, a removal and a filter in order", () => {
    const h = run([
      expand("a"),
      { kind: "remove", id: "b" },
      { kind: "filters", filters: { lens: "funds" } },
    ]);
    expect(h.past).toHaveLength(3);
    const u1 = run([{ kind: "undo" }], h);
    expect(u1.present.filters.lens).toBe("none");
    expect(u1.present.removed).toEqual(["b"]);
    const u3 = run([{ kind: "undo" }, { kind: "undo" }], u1);
    expect(u3.present.expansions).toEqual([]);
    expect(run([{ kind: "undo" }], u3)).toBe(u3);
    const r = run([{ kind: "redo" }, { kind: "redo" }, { kind: "redo" }], u3);
    expect(r.present).toEqual(h.present);
    expect(run([{ kind: "redo" }], r)).toBe(r);
  });
  it("a new step clears the redo stack", () => {
    const h = run([expand("a"), { kind: "undo" }, expand("c")]);
    expect(h.future).toEqual([]);
    expect(h.present.expansions.map((e) => e.id)).toEqual(["c"]);
  });
  it("selection and language change the view without adding undo steps", () => {
    const h = run([
      { kind: "select", id: "a" },
      { kind: "lang", lang: "en" },
    ]);
    expect(h.past).toHaveLength(0);
    expect(h.present.selected).toBe("a");
  });
  it("undo keeps the chosen language", () => {
    const h = run([expand("a"), { kind: "lang", lang: "zh" }, { kind: "undo" }]);
    expect(h.present.lang).toBe("zh");
    expect(h.present.expansions).toEqual([]);
  });
  it("the same expansion twice is one step; removing the selection clears it", () => {
    const h = run([expand("a"), expand("a"), { kind: "select", id: "z" }, { kind: "remove", id: "z" }]);
    expect(h.past).toHaveLength(2);
    expect(h.present.selected).toBeNull();
  });
});
