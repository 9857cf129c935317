// Stories: a named, ordered list of views, each the app's own URL encoding of the view state (stable data
// ids only) plus a caption, tagged with the data version it was made on. Pure: (de)serialised and tested.
import { decodeView, encodeView } from "../state/url.js";
import type { ViewState } from "../state/types.js";

const STORY_FORMAT = "ningbo-innovation-graph/story";
// Version 2: the explorer opens on the core ecosystem, so an empty query no longer means "every type
// shown". A version 1 story's empty query did, and is read as `hideT=` (src/web/state/url.ts).
const STORY_VERSION = 2;
const LEGACY_VERSION = 1;
const fromLegacyQuery = (query: string): string => query || "hideT=";

export interface StoryView {
  /** The view as the app writes it in the URL (selection, open nodes, filters, lens, language, camera, path). */
  query: string;
  caption: string;
  /** The data version (GET /api/stats dataVersion) the view was made on. */
  dataVersion: string;
}

export interface Story {
  format: typeof STORY_FORMAT;
  version: typeof STORY_VERSION;
  name: string;
  createdAt: string;
  views: StoryView[];
}

class StoryError extends Error {
  constructor(message: string) {
    super(`story: ${message}`);
    this.name = "StoryError";
  }
}

export const emptyStory = (name: string): Story => ({
  format: STORY_FORMAT,
  version: STORY_VERSION,
  name,
  createdAt: new Date().toISOString(),
  views: [],
});

/** A view of the story from the live view state. */
export const toStoryView = (view: ViewState, caption: string, dataVersion: string): StoryView => ({
  query: encodeView({ ...view, reader: null }),
  caption,
  dataVersion,
});

/** The view state a story view restores. */
export const fromStoryView = (v: StoryView): ViewState => decodeView(v.query);

/** Parses and checks a story (from a file, localStorage or a URL); errors say which field is wrong. */
export function parseStory(text: string): Story {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new StoryError(
      `not JSON (${err instanceof Error ? err.message : String(err)}); pick a file saved with "Download story"`,
    );
  }
  const s = value as (Omit<Partial<Story>, "version"> & { version?: unknown }) | null;
  if (!s || typeof s !== "object") throw new StoryError("expected an object");
  if (s.format !== STORY_FORMAT)
    throw new StoryError(`"format" must be "${STORY_FORMAT}", got ${JSON.stringify(s.format)}`);
  if (s.version !== STORY_VERSION && s.version !== LEGACY_VERSION)
    throw new StoryError(
      `"version" ${String(s.version)} is not supported (this app reads ${LEGACY_VERSION} and ${STORY_VERSION})`,
    );
  const query = s.version === LEGACY_VERSION ? fromLegacyQuery : (q: string) => q;
  if (typeof s.name !== "string") throw new StoryError('"name" must be a string');
  if (!Array.isArray(s.views)) throw new StoryError('"views" must be an array');
  s.views.forEach((v: Partial<StoryView>, i) => {
    for (const key of ["query", "caption", "dataVersion"] as const)
      if (typeof v?.[key] !== "string") throw new StoryError(`views[${i}].${key} must be a string`);
  });
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    name: s.name,
    createdAt: typeof s.createdAt === "string" ? s.createdAt : "",
    views: s.views.map((v) => ({ query: query(v.query), caption: v.caption, dataVersion: v.dataVersion })),
  };
}

export const serialiseStory = (story: Story): string => JSON.stringify(story, null, 2);

/** URL-safe base64 of the UTF-8 JSON, for `?story=...`. */
export function storyToBase64(story: Story): string {
  const bytes = new TextEncoder().encode(JSON.stringify(story));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function storyFromBase64(text: string): Story {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  let bin: string;
  try {
    bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new StoryError("the ?story= value is neither a URL nor base64");
  }
  return parseStory(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}

/** Reads `?story=`: a URL (relative or absolute) to fetch, or the story itself in base64. */
export async function storyFromParam(
  param: string,
  fetchText: (url: string) => Promise<string>,
): Promise<Story> {
  const looksLikeUrl = /^(https?:|\.{0,2}\/)|\.json$/i.test(param);
  return looksLikeUrl ? parseStory(await fetchText(param)) : storyFromBase64(param);
}

/** Views made on other data than the loaded one: their ids may have moved; the UI warns. */
export const staleViews = (story: Story, dataVersion: string): number[] =>
  story.views.flatMap((v, i) => (dataVersion && v.dataVersion && v.dataVersion !== dataVersion ? [i] : []));
