// The left column: title, search, toolbar, and tabs for the legend, filters, paths and the list of
// what the canvas shows. At 900 px and narrower the tabs fold into a drawer the toggle opens, so the
// graph keeps most of the window.
import { useId, useRef, useState, type ReactNode } from "react";
import "../ux/ux.css";
import { useI18n } from "../i18n/lang.js";
import { t as tIn, type StringKey } from "../i18n/strings.js";
import { useScrollCue } from "./useScrollCue.js";

const TABS = ["legend", "filters", "paths", "shown"] as const satisfies readonly StringKey[];
type Tab = (typeof TABS)[number];

export function LeftPanel({ header, tabs }: { header: ReactNode; tabs: Record<Tab, ReactNode> }) {
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>("legend");
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerId = useId();
  const body = useRef<HTMLDivElement>(null);
  const moreBelow = useScrollCue(body);
  return (
    <aside className={`panel left ${drawerOpen ? "open" : ""}`} aria-label={t("title")}>
      {/* In both languages the English title goes on its own line, so neither is cut off at 1280 px. */}
      <h1 data-testid="app-title">
        {lang === "both" ? (
          <>
            {tIn("title", "zh")}
            <span className="title-en">{tIn("title", "en")}</span>
          </>
        ) : (
          t("title")
        )}
      </h1>
      {header}
      <button
        type="button"
        className="drawer-toggle"
        data-testid="left-drawer"
        aria-expanded={drawerOpen}
        aria-controls={drawerId}
        onClick={() => setDrawerOpen((o) => !o)}
      >
        {drawerOpen ? "▴" : "▾"} {t("moreTabs")}
      </button>
      <div className="left-drawer" id={drawerId}>
        <div className="tabs" role="tablist">
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              data-testid={`tab-${k}`}
              onClick={() => setTab(k)}
            >
              {t(k)}
            </button>
          ))}
        </div>
        {/* Focusable, so the keyboard can scroll it too; the cue shows while rows sit below the fold. */}
        <div
          ref={body}
          className={`tab-body ${moreBelow ? "more-below" : ""}`}
          role="tabpanel"
          tabIndex={0}
          aria-label={t(tab)}
          data-testid="tab-body"
        >
          {tabs[tab]}
          {moreBelow && (
            <button
              type="button"
              className="scroll-cue"
              data-testid="scroll-cue"
              onClick={() =>
                body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: "smooth" })
              }
            >
              ▾ {t("scrollMore")}
            </button>
          )}
        </div>
      </div>
    </aside>
  );
}
