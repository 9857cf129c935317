// The view survives a trip through the URL: what a shared link encodes, it restores.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/vocabulary.js";
import { LANGS } from "../../src/web/i18n/strings.js";
import { DEFAULT_VIEW, type ViewState } from "../../src/web/state/types.js";
import { decodeView, encodeView } from "../../src/web/state/url.js";

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const view: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(id, { nil: null }),
  expansions: fc.uniqueArray(
    fc.record({
      id,
      depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
      relTypes: fc.subarray([...RELATION_TYPES]),
      types: fc.subarray([...ENTITY_TYPES]),
      limit: fc.integer({ min: 1, max: 500 }),
    }),
    { selector: (e) => JSON.stringify(e), maxLength: 4 },
  ),
  removed: fc.uniqueArray(id, { maxLength: 4 }),
  filters: fc.record({
    hiddenTypes: fc.subarray([...ENTITY_TYPES]),
    hiddenRelations: fc.subarray([...RELATION_TYPES]),
    hiddenDocs: fc.uniqueArray(id, { maxLength: 3 }),
    hiddenCertainty: fc.subarray(["explicit", "implied"] as const),
    lens: fc.constantFrom("none" as const, "funds" as const),
    asOf: fc.option(fc.constantFrom("2022-09-30", "2023-11-07"), { nil: null }),
  }),
  lang: fc.constantFrom(...LANGS),
  focus: fc.integer({ min: 0, max: 3 }),
  path: fc.option(fc.record({ from: id, to: id }), { nil: null }),
  reader: fc.option(fc.record({ doc: id, quote: fc.option(fc.string({ minLength: 1 }), { nil: null }) }), {
    nil: null,
  }),
  camera: fc.constant(null),
});

describe("URL state", () => {
  it("decode(encode(view)) is the view", () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(decodeView(encodeView(v))).toEqual(v);
      }),
    );
  });
  it("the default view is the empty query", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    expect(decodeView("")).toEqual(DEFAULT_VIEW);
  });
  it("opens on the core ecosystem: Regions and Programmes hidden when the query is empty", () => {
    expect(decodeView("").filters.hiddenTypes).toEqual(["Region", "Program"]);
    expect(decodeView("?story=s.json").filters.hiddenTypes).toEqual(["Region", "Program"]);
  });
  it("says 'every type shown' as an empty hideT, and writes hideT in every non-empty query", () => {
    const all = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenTypes: [] } };
    expect(encodeView(all)).toBe("hideT=");
    expect(decodeView("hideT=").filters.hiddenTypes).toEqual([]);
    expect(encodeView({ ...DEFAULT_VIEW, selected: "x" })).toBe("sel=x&hideT=Region%2CProgram");
    expect(encodeView({ ...all, selected: "x" })).toBe("sel=x&hideT=");
  });
  it("reads a link made before (view parameters, no hideT) with every type shown, as it was made", () => {
    expect(decodeView("sel=horizon-robotics").filters.hiddenTypes).toEqual([]);
    expect(decodeView("lang=en&cam=0.5,0.5,1").filters.hiddenTypes).toEqual([]);
    expect(decodeView("sel=x&hideT=Region").filters.hiddenTypes).toEqual(["Region"]);
  });
  it("ignores values it does not know instead of failing", () => {
    const v = decodeView("hideT=Company,Nope&lang=fr&focus=9&open=x~7~~~30,y~1~~~30&asOf=yesterday");
    expect(v.filters.hiddenTypes).toEqual(["Company"]);
    expect(v.lang).toBe(DEFAULT_VIEW.lang);
    expect(v.focus).toBe(3);
    expect(v.expansions.map((e) => e.id)).toEqual(["y"]);
    expect(v.filters.asOf).toBeNull();
  });
  it("keeps a quote with commas in the reader", () => {
    const v = { ...DEFAULT_VIEW, reader: { doc: "d", quote: "甲，乙,丙" } };
    expect(decodeView(encodeView(v)).reader).toEqual(v.reader);
  });
});
