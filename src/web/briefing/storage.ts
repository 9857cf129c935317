// Stories kept in the browser (localStorage), by name; and the ?story= parameter, read once at start-up
// before the view state rewrites the URL.
import { parseStory, serialiseStory, type Story } from "./story.js";

const KEY = "nig.stories";

export function loadStories(): Story[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown[];
    return raw.flatMap((s) => {
      try {
        return [parseStory(JSON.stringify(s))];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export function saveStories(stories: readonly Story[]): void {
  try {
    localStorage.setItem(KEY, `[${stories.map(serialiseStory).join(",")}]`);
  } catch {
    // Private mode or a full store: stories still live in memory and can be downloaded.
  }
}

/** The ?story= value the page was opened with (captured at module load, before the URL is rewritten). */
export const INITIAL_STORY_PARAM: string | null =
  typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("story");
