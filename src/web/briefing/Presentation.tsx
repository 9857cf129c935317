// Presentation mode: full screen, no editing chrome, large labels and the caption; arrow keys and a
// clicker's PageUp/PageDown step through the story; the camera glides to frame each view's nodes.
import { useCallback, useEffect, useRef } from "react";
import type { Visible } from "../graph/visibility.js";
import { useSigma } from "../sigma/context.js";
import type { ViewState } from "../state/types.js";
import type { Story } from "./story.js";
import { usePresentationCamera } from "./usePresentationCamera.js";
import { useI18n } from "../i18n/lang.js";

export interface PresentationProps {
  story: Story;
  index: number;
  /** The view being shown and what it shows: the camera frames them. */
  view: ViewState;
  visible: Visible;
  onGo(index: number): void;
  onExit(): void;
}

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]);

/** Label size for the room: larger on a large screen, read from the back of a meeting room. */
const presentationLabelSize = (base: number): number =>
  Math.round(base * (window.innerWidth >= 1600 ? 1.75 : 1.45));

export function Presentation({ story, index, view, visible, onGo, onExit }: PresentationProps) {
  const { t, pick } = useI18n();
  const sigma = useSigma();
  const captionRef = useRef<HTMLDivElement>(null);
  const caption = useCallback(() => captionRef.current, []);
  usePresentationCamera(sigma, view, visible, caption);

  useEffect(() => {
    document.body.classList.add("presenting");
    // The canvas grows to the full window (briefing.css); sigma only re-measures on window resizes.
    sigma.resize();
    const labelSize = sigma.getSetting("labelSize");
    const resize = () => sigma.setSetting("labelSize", presentationLabelSize(labelSize));
    resize();
    window.addEventListener("resize", resize);
    void document.documentElement.requestFullscreen?.().catch(() => {});
    return () => {
      window.removeEventListener("resize", resize);
      document.body.classList.remove("presenting");
      sigma.resize();
      sigma.setSetting("labelSize", labelSize);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [sigma]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (NEXT.has(e.key)) onGo(Math.min(story.views.length - 1, index + 1));
      else if (PREV.has(e.key)) onGo(Math.max(0, index - 1));
      else if (e.key === "Escape") onExit();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [story, index, onGo, onExit]);

  const current = story.views[index];
  return (
    <div className="presentation" data-testid="presentation">
      <div className="presentation-caption" ref={captionRef} data-testid="presentation-caption">
        {current?.caption || story.name}
      </div>
      <div className="presentation-footer">
        <span>{story.name}</span>
        <span data-testid="presentation-counter">
          {index + 1} / {story.views.length}
        </span>
        <button type="button" onClick={onExit} title={pick("退出演示", "Exit presentation")}>
          {t("close")} (Esc)
        </button>
      </div>
    </div>
  );
}
