// The view in the URL query, so that reloading or sending the link restores it.
import { CERTAINTIES, isEntityType, isRelationType, type Certainty } from "../../model/vocabulary.js";
import { LANGS, type Lang } from "../i18n/strings.js";
import { expansionKey, parseExpansionKey } from "./expansion.js";
import { DEFAULT_VIEW, type Expansion, type ViewState } from "./types.js";

// How a URL says which entity types are hidden (README, "Links"):
// - `hideT=Region,Program` hides exactly those; `hideT=` (empty) hides none: every type shown.
// - No `hideT` in an otherwise empty query: the opening view, the core ecosystem (DEFAULT_FILTERS).
// - No `hideT` beside other view parameters: a link made before the explorer opened on the core, when
//   every type was shown; it keeps that meaning. The explorer itself writes `hideT` in every non-empty
//   query, so its own links never rely on this.
const VIEW_KEYS = [
  "sel",
  "open",
  "rm",
  "hideT",
  "hideR",
  "hideD",
  "hideC",
  "lens",
  "asOf",
  "lang",
  "focus",
  "path",
  "doc",
  "cam",
];

const list = (v: string | null): string[] => (v ? v.split(",").filter(Boolean) : []);
const isCertainty = (v: string): v is Certainty => (CERTAINTIES as readonly string[]).includes(v);
const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Writes the view as a query string (without "?"); default values are left out to keep links short
 * (the hidden types excepted: see above). */
export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  const f = v.filters;
  if (v.selected) p.set("sel", v.selected);
  if (v.expansions.length) p.set("open", v.expansions.map(expansionKey).join(","));
  if (v.removed.length) p.set("rm", v.removed.join(","));
  p.set("hideT", f.hiddenTypes.join(","));
  if (f.hiddenRelations.length) p.set("hideR", f.hiddenRelations.join(","));
  if (f.hiddenDocs.length) p.set("hideD", f.hiddenDocs.join(","));
  if (f.hiddenCertainty.length) p.set("hideC", f.hiddenCertainty.join(","));
  if (f.lens !== "none") p.set("lens", f.lens);
  if (f.asOf) p.set("asOf", f.asOf);
  if (v.lang !== DEFAULT_VIEW.lang) p.set("lang", v.lang);
  if (v.focus) p.set("focus", String(v.focus));
  if (v.path) p.set("path", `${v.path.from},${v.path.to}`);
  if (v.reader) p.set("doc", v.reader.quote ? `${v.reader.doc},${v.reader.quote}` : v.reader.doc);
  if (v.camera) p.set("cam", [v.camera.x, v.camera.y, v.camera.ratio].map((n) => n.toFixed(4)).join(","));
  const defaultTypes = f.hiddenTypes.join(",") === DEFAULT_VIEW.filters.hiddenTypes.join(",");
  return defaultTypes && [...p.keys()].length === 1 ? "" : p.toString();
}

/** The hidden types a query states, or implies by its age (see above). */
function hiddenTypesOf(p: URLSearchParams): string[] {
  if (p.has("hideT")) return list(p.get("hideT"));
  return VIEW_KEYS.some((k) => p.has(k)) ? [] : [...DEFAULT_VIEW.filters.hiddenTypes];
}

/** Reads a query string back into a view; unknown or malformed values fall back to the defaults. */
export function decodeView(query: string): ViewState {
  const p = new URLSearchParams(query);
  const [from, to] = list(p.get("path"));
  const docParam = p.get("doc");
  const comma = docParam ? docParam.indexOf(",") : -1;
  const cam = list(p.get("cam")).map(Number);
  const lang = p.get("lang") ?? "";
  const asOf = p.get("asOf") ?? "";
  return {
    selected: p.get("sel") || null,
    expansions: list(p.get("open"))
      .map(parseExpansionKey)
      .filter((e): e is Expansion => e !== null),
    removed: list(p.get("rm")),
    filters: {
      hiddenTypes: hiddenTypesOf(p).filter(isEntityType),
      hiddenRelations: list(p.get("hideR")).filter(isRelationType),
      hiddenDocs: list(p.get("hideD")),
      hiddenCertainty: list(p.get("hideC")).filter(isCertainty),
      lens: p.get("lens") === "funds" ? "funds" : "none",
      asOf: ISO_DATE.test(asOf) ? asOf : null,
    },
    lang: isLang(lang) ? lang : DEFAULT_VIEW.lang,
    focus: Math.max(0, Math.min(3, Number(p.get("focus")) || 0)),
    path: from && to ? { from, to } : null,
    reader: docParam
      ? comma < 0
        ? { doc: docParam, quote: null }
        : { doc: docParam.slice(0, comma), quote: docParam.slice(comma + 1) }
      : null,
    camera:
      cam.length === 3 && cam.every(Number.isFinite) ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  };
}
