// Story state: the stories in the browser, the one being edited, and the ?story= one opened at start-up.
import { useCallback, useEffect, useState } from "react";
import { INITIAL_STORY_PARAM, loadStories, saveStories } from "./storage.js";
import { emptyStory, storyFromParam, type Story } from "./story.js";

export function useStories() {
  const [stories, setStories] = useState<Story[]>(loadStories);
  const [current, setCurrent] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => saveStories(stories), [stories]);
  useEffect(() => {
    if (!INITIAL_STORY_PARAM) return;
    storyFromParam(INITIAL_STORY_PARAM, async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`story: ${url} answered ${res.status}`);
      return res.text();
    }).then(
      (s) => {
        setStories((all) => [s, ...all.filter((x) => x.name !== s.name)]);
        setCurrent(0);
      },
      (err: unknown) => setError(String(err instanceof Error ? err.message : err)),
    );
  }, []);

  const story = stories[current] ?? null;
  const update = useCallback(
    (fn: (s: Story) => Story) => setStories((all) => all.map((s, i) => (i === current ? fn(s) : s))),
    [current],
  );
  const add = useCallback((s: Story) => {
    setStories((all) => [s, ...all]);
    setCurrent(0);
  }, []);
  const create = useCallback((name: string) => add(emptyStory(name)), [add]);
  const remove = useCallback(() => {
    setStories((all) => all.filter((_s, i) => i !== current));
    setCurrent(0);
  }, [current]);
  return { stories, story, current, setCurrent, update, add, create, remove, error, setError };
}
