// Story editing: pick or create a story, add the current view with a caption, step to a view, present,
// download or open the story as JSON, and copy a link that carries it (?story=base64).
import { useState, type ChangeEvent } from "react";
import { download } from "../export/formats.js";
import { parseStory, serialiseStory, staleViews, storyToBase64 } from "./story.js";
import type { useStories } from "./useStories.js";
import { useI18n } from "../i18n/lang.js";

export interface StoryEditorProps {
  stories: ReturnType<typeof useStories>;
  dataVersion: string;
  caption: string;
  onCaption(caption: string): void;
  onAddView(): void;
  onGo(index: number): void;
  onPresent(): void;
}

export function StoryEditor({
  stories,
  dataVersion,
  caption,
  onCaption,
  onAddView,
  onGo,
  onPresent,
}: StoryEditorProps) {
  const { t } = useI18n();
  const [name, setName] = useState("");
  const story = stories.story;
  const stale = new Set(story ? staleViews(story, dataVersion) : []);
  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    void file
      .text()
      .then(
        (text) => stories.add(parseStory(text)),
        (err: unknown) => stories.setError(String(err)),
      )
      .catch((err: unknown) => stories.setError(err instanceof Error ? err.message : String(err)));
    e.target.value = "";
  };
  const link = story
    ? `${window.location.origin === "null" ? window.location.href.split("?")[0] : window.location.origin + window.location.pathname}?story=${storyToBase64(story)}`
    : "";
  return (
    <section className="briefing-story">
      {stories.error && (
        <p className="briefing-error" role="alert">
          {stories.error}
        </p>
      )}
      <div className="row">
        <select
          aria-label={t("story")}
          data-testid="story-select"
          value={stories.current}
          onChange={(e) => stories.setCurrent(Number(e.target.value))}
        >
          {stories.stories.map((s, i) => (
            <option key={i} value={i}>
              {s.name} ({s.views.length})
            </option>
          ))}
        </select>
        <input
          data-testid="story-name"
          placeholder={t("storyName")}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          data-testid="story-new"
          disabled={!name.trim()}
          onClick={() => {
            stories.create(name.trim());
            setName("");
          }}
        >
          {t("newStory")}
        </button>
      </div>
      {story && (
        <>
          <div className="row">
            <input
              data-testid="view-caption"
              className="grow"
              placeholder={t("caption")}
              value={caption}
              onChange={(e) => onCaption(e.target.value)}
            />
            <button type="button" data-testid="view-add" onClick={onAddView}>
              {t("addView")}
            </button>
          </div>
          {story.views.length === 0 ? (
            <p className="muted">{t("noViews")}</p>
          ) : (
            <ol className="story-views" data-testid="story-views">
              {story.views.map((v, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => onGo(i)}
                    title={stale.has(i) ? t("staleData") : v.query}
                  >
                    {stale.has(i) ? "⚠ " : ""}
                    {v.caption || `#${i + 1}`}
                  </button>
                  <button
                    type="button"
                    aria-label="remove"
                    onClick={() =>
                      stories.update((s) => ({ ...s, views: s.views.filter((_v, j) => j !== i) }))
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
            </ol>
          )}
          <div className="row">
            <button
              type="button"
              data-testid="story-present"
              disabled={story.views.length === 0}
              onClick={onPresent}
            >
              ▶ {t("present")}
            </button>
            <button
              type="button"
              data-testid="story-download"
              onClick={() =>
                download(`${story.name || "story"}.story.json`, "application/json", serialiseStory(story))
              }
            >
              {t("downloadStory")}
            </button>
            <button type="button" onClick={stories.remove}>
              {t("deleteStory")}
            </button>
          </div>
          <input
            readOnly
            aria-label={t("storyLink")}
            data-testid="story-link"
            value={link}
            onFocus={(e) => e.target.select()}
          />
        </>
      )}
      <label className="upload">
        {t("uploadStory")}{" "}
        <input type="file" accept=".json,application/json" data-testid="story-upload" onChange={upload} />
      </label>
    </section>
  );
}
