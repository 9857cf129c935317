// The insight drawer: a button at the bottom of the canvas opens tabs for appearance, key players,
// funds, lenses, data quality, comparison and the ecosystem summary.
import { useState, type ReactNode } from "react";
import type { GraphSource } from "../source/GraphSource.js";
import { AppearanceTab } from "./AppearanceTab.js";
import { CompareTab } from "./CompareTab.js";
import { EcosystemTab } from "./EcosystemTab.js";
import { FundsTab } from "./FundsTab.js";
import "./insight.css";
import { LensesTab } from "./LensesTab.js";
import { PlayersTab } from "./PlayersTab.js";
import { QualityTab } from "./QualityTab.js";
import type { InsightHandle } from "./useInsight.js";
import { useI18n } from "../i18n/lang.js";
import type { StringKey } from "../i18n/strings.js";

const TABS = [
  "appearance",
  "players",
  "funds",
  "lenses",
  "quality",
  "compare",
  "ecosystem",
] as const satisfies readonly StringKey[];
type Tab = (typeof TABS)[number];

export interface InsightPanelProps {
  insight: InsightHandle;
  source: GraphSource;
  selected: string | null;
  open: boolean;
  onOpen(open: boolean): void;
  onSelect(id: string): void;
  /** Opens the reader at a quote (the evidence of a number). */
  onOpenDoc(doc: string, quote: string): void;
}

export function InsightPanel(props: InsightPanelProps) {
  const { t } = useI18n();
  const { insight, open, onOpen } = props;
  const [tab, setTab] = useState<Tab>("appearance");
  if (!open)
    return (
      <button
        type="button"
        className="insight-toggle"
        data-testid="insight-open"
        onClick={() => onOpen(true)}
      >
        ◧ {t("insight")}
      </button>
    );
  const body: Record<Tab, () => ReactNode> = {
    appearance: () => <AppearanceTab {...props} />,
    players: () => <PlayersTab {...props} />,
    funds: () => <FundsTab {...props} />,
    lenses: () => <LensesTab {...props} />,
    quality: () => <QualityTab {...props} />,
    compare: () => <CompareTab {...props} />,
    ecosystem: () => <EcosystemTab {...props} />,
  };
  return (
    <section
      className={`panel insight ${props.selected ? "beside-detail" : ""}`}
      data-testid="insight"
      aria-label={t("insight")}
    >
      <div className="insight-head">
        <div className="tabs" role="tablist">
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              data-testid={`insight-tab-${k}`}
              onClick={() => setTab(k)}
            >
              {t(k)}
            </button>
          ))}
        </div>
        {insight.highlight && (
          <button
            type="button"
            className="insight-clear"
            data-testid="insight-clear"
            onClick={() => insight.setHighlight(null)}
            title={insight.highlight.label}
          >
            ✕ {t("clear")}
          </button>
        )}
        <button
          type="button"
          className="close"
          aria-label="close"
          data-testid="insight-close"
          onClick={() => onOpen(false)}
        >
          ×
        </button>
      </div>
      {insight.whole.status === "ok" && insight.whole.value.truncated && (
        <p className="muted small">{t("partial")}</p>
      )}
      {insight.whole.status === "error" && <p className="error">{insight.whole.message}</p>}
      <div className="insight-body" role="tabpanel">
        {body[tab]()}
      </div>
    </section>
  );
}
