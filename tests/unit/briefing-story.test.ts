// Stories (issue 7): a story survives JSON and base64 round trips; bad files fail with a precise message.
import { describe, expect, it } from "vitest";
import {
  emptyStory,
  fromStoryView,
  parseStory,
  serialiseStory,
  staleViews,
  storyFromBase64,
  storyFromParam,
  storyToBase64,
  toStoryView,
} from "../../src/web/briefing/story.js";
import { DEFAULT_VIEW, type ViewState } from "../../src/web/state/types.js";

const view: ViewState = {
  ...DEFAULT_VIEW,
  selected: "horizon-robotics",
  expansions: [{ id: "yongjiang-lab", depth: 2, relTypes: ["INVESTED_IN"], types: [], limit: 30 }],
  filters: { ...DEFAULT_VIEW.filters, hiddenTypes: ["Person"], lens: "funds", asOf: "2023-01-01" },
  lang: "en",
  path: { from: "a", to: "b" },
  camera: { x: 0.5, y: 0.25, ratio: 0.75 },
};

describe("story (de)serialisation", () => {
  const story = {
    ...emptyStory("宁波基金 · Funds"),
    views: [toStoryView(view, "投资链 “quoted” & <b>", "v1"), toStoryView(DEFAULT_VIEW, "", "v2")],
  };

  it("keeps every part of the view: selection, open nodes, filters, lens, language, camera, path", () => {
    const back = parseStory(serialiseStory(story));
    expect(back).toEqual(story);
    expect(fromStoryView(back.views[0]!)).toEqual(view);
  });
  it("round-trips through URL-safe base64 with Chinese text", () => {
    const b64 = storyToBase64(story);
    expect(b64).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(storyFromBase64(b64)).toEqual(story);
  });
  it("reads ?story= as base64 or as a URL to fetch", async () => {
    await expect(
      storyFromParam(storyToBase64(story), () => Promise.reject(new Error("no fetch"))),
    ).resolves.toEqual(story);
    await expect(storyFromParam("./my.story.json", async () => serialiseStory(story))).resolves.toEqual(
      story,
    );
  });
  it("names the bad field", () => {
    expect(() => parseStory("{")).toThrow(/story: not JSON/);
    expect(() => parseStory(JSON.stringify({ ...story, format: "x" }))).toThrow(/"format" must be/);
    expect(() => parseStory(JSON.stringify({ ...story, views: [{ query: 1 }] }))).toThrow(
      /views\[0\]\.query must be a string/,
    );
  });
  it("reads a version 1 story's empty query as every type shown, as it meant before the core opening view", () => {
    const old = { ...story, version: 1, views: [{ query: "", caption: "", dataVersion: "v1" }] };
    const back = parseStory(JSON.stringify(old));
    expect(back.version).toBe(2);
    expect(fromStoryView(back.views[0]!).filters.hiddenTypes).toEqual([]);
    expect(fromStoryView(story.views[1]!)).toEqual(DEFAULT_VIEW);
    expect(() => parseStory(JSON.stringify({ ...story, version: 3 }))).toThrow(
      /"version" 3 is not supported/,
    );
  });
  it("flags views made on another data version", () => {
    expect(staleViews(story, "v1")).toEqual([1]);
    expect(staleViews(story, "")).toEqual([]);
  });
});
