// Presentation mode: full screen, no editing chrome, large labels and the caption; arrow keys and a
// clicker's PageUp/PageDown step through the story, with a smooth camera move to each view's camera.
import { useEffect } from "react";
import { pick, t, type Lang } from "../i18n/strings.js";
import { useSigma } from "../sigma/context.js";
import type { Story } from "./story.js";

export interface PresentationProps {
  story: Story;
  index: number;
  lang: Lang;
  onGo(index: number): void;
  onExit(): void;
}

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]);

export function Presentation({ story, index, lang, onGo, onExit }: PresentationProps) {
  const sigma = useSigma();
  useEffect(() => {
    document.body.classList.add("presenting");
    const labelSize = sigma.getSetting("labelSize");
    sigma.setSetting("labelSize", Math.round(labelSize * 1.5));
    void document.documentElement.requestFullscreen?.().catch(() => {});
    return () => {
      document.body.classList.remove("presenting");
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

  const view = story.views[index];
  return (
    <div className="presentation" data-testid="presentation">
      <div className="presentation-caption" data-testid="presentation-caption">{view?.caption || story.name}</div>
      <div className="presentation-footer">
        <span>{story.name}</span>
        <span data-testid="presentation-counter">{index + 1} / {story.views.length}</span>
        <button type="button" onClick={onExit} aria-label={pick("退出演示", "Exit presentation", lang)}>{t("close", lang)} (Esc)</button>
      </div>
    </div>
  );
}
