// Briefing mode inside the canvas: stories (views with captions), presentation, and the exports.
// Rendered as a child of <GraphCanvas>, so it reaches the one Sigma instance through context.
import "./briefing.css";
import { useCallback, useEffect, useState } from "react";
import type { Visible } from "../graph/visibility.js";
import { useSigma } from "../sigma/context.js";
import type { GraphSource } from "../source/GraphSource.js";
import type { HistoryAction } from "../state/history.js";
import type { ViewState } from "../state/types.js";
import { ExportButtons } from "./ExportButtons.js";
import { Presentation } from "./Presentation.js";
import { StoryEditor } from "./StoryEditor.js";
import { fromStoryView, toStoryView } from "./story.js";
import { useExports } from "./useExports.js";
import { useGoToCamera } from "./useGoToCamera.js";
import { useStories } from "./useStories.js";
import { useI18n } from "../i18n/lang.js";

export interface BriefingProps {
  view: ViewState;
  dispatch(action: HistoryAction): void;
  source: GraphSource;
  visible: Visible;
  docTitle(id: string): string;
}

export function Briefing({ view, dispatch, source, visible, docTitle }: BriefingProps) {
  const { t, lang } = useI18n();
  const sigma = useSigma();
  const [open, setOpen] = useState(false);
  const [presenting, setPresenting] = useState<number | null>(null);
  const [caption, setCaption] = useState("");
  const [dataVersion, setDataVersion] = useState("");
  const stories = useStories();
  const story = stories.story;

  useEffect(() => {
    source.stats().then(
      (s) => setDataVersion(s.dataVersion),
      () => {},
    );
  }, [source]);

  const addView = useCallback(() => {
    const camera = sigma.getCamera().getState();
    stories.update((s) => ({
      ...s,
      views: [
        ...s.views,
        toStoryView(
          { ...view, camera: { x: camera.x, y: camera.y, ratio: camera.ratio } },
          caption,
          dataVersion,
        ),
      ],
    }));
    setCaption("");
  }, [sigma, stories, view, caption, dataVersion]);

  // The camera is not restored from the stored state (taken with other panels open, at another window
  // size): in presentation it re-fits the view's nodes (usePresentationCamera), in the editor the same
  // framing within the free area (useGoToCamera), counted by `goRequest`.
  const [goRequest, setGoRequest] = useState(0);
  useGoToCamera(sigma, view, visible, presenting === null ? goRequest : 0);
  const go = useCallback(
    (index: number) => {
      const v = story?.views[index];
      if (!v) return;
      dispatch({ kind: "replace", view: fromStoryView(v) });
      if (presenting !== null) setPresenting(index);
      else setGoRequest((n) => n + 1);
    },
    [story, dispatch, presenting],
  );
  const present = useCallback(() => {
    setOpen(false);
    setPresenting(0);
    const first = story?.views[0];
    if (first) dispatch({ kind: "replace", view: fromStoryView(first) });
  }, [story, dispatch]);

  // An image is captioned with what is typed, else with the caption of the story view being shown.
  const shownQuery = toStoryView(view, "", "").query;
  const storyCaption = story?.views.find((v) => v.query === shownQuery)?.caption ?? "";
  const exportCaption =
    presenting !== null ? (story?.views[presenting]?.caption ?? "") : caption || storyCaption;
  const exports = useExports({ sigma, source, visible, lang, caption: exportCaption, dataVersion, docTitle });

  if (presenting !== null && story)
    return (
      <Presentation
        story={story}
        index={presenting}

        view={view}
        visible={visible}
        onGo={go}
        onExit={() => setPresenting(null)}
      />
    );
  return (
    <div className="briefing">
      <button
        type="button"
        className="briefing-toggle"
        data-testid="briefing-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        ▶ {t("briefing")}
      </button>
      {open && (
        <div className="briefing-panel" data-testid="briefing-panel">
          <StoryEditor
            stories={stories}
            dataVersion={dataVersion}
            caption={caption}
            onCaption={setCaption}
            onAddView={addView}
            onGo={go}
            onPresent={present}
          />
          <ExportButtons exports={exports} />
        </div>
      )}
    </div>
  );
}
