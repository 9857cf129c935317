// The left column: title, search, toolbar, and tabs for the legend, filters and paths.
import { useState, type ReactNode } from "react";
import { t, type Lang, type StringKey } from "../i18n/strings.js";
import "../ux/ux.css";

const TABS = ["legend", "filters", "paths"] as const satisfies readonly StringKey[];
type Tab = (typeof TABS)[number];

export function LeftPanel({
  lang,
  header,
  tabs,
}: {
  lang: Lang;
  header: ReactNode;
  tabs: Record<Tab, ReactNode>;
}) {
  const [tab, setTab] = useState<Tab>("legend");
  return (
    <div className="panel left">
      {/* In both languages the English title goes on its own line, so neither is cut off at 1280 px. */}
      <h1 data-testid="app-title">
        {lang === "both" ? (
          <>
            {t("title", "zh")}
            <span className="title-en">{t("title", "en")}</span>
          </>
        ) : (
          t("title", lang)
        )}
      </h1>
      {header}
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
            {t(k, lang)}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        {tabs[tab]}
      </div>
    </div>
  );
}
