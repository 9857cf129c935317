// Size by a metric, colour by type or community, on the whole graph or the view; the community legend.
import { ENTITY_TYPES, ENTITY_TYPE_INFO } from "../../model/vocabulary.js";
import type { Appearance } from "./decorate.js";
import type { InsightPanelProps } from "./InsightPanel.js";
import { METRICS } from "./types.js";
import { useI18n } from "../i18n/lang.js";

export function AppearanceTab({ insight }: InsightPanelProps) {
  const { t, pick } = useI18n();
  const { appearance: ap, setAppearance } = insight;
  const state = insight.metrics[ap.scope];
  const highlightCommunity = (members: string[]) =>
    insight.setHighlight({ label: "community", nodes: new Set(members), edges: new Set() });
  return (
    <div className="insight-appearance">
      <div className="row">
        <label>
          {t("sizeBy")}{" "}
          <select
            data-testid="insight-size"
            value={ap.sizeBy}
            onChange={(e) => setAppearance({ sizeBy: e.target.value as Appearance["sizeBy"] })}
          >
            <option value="none">{t("none")}</option>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("colourBy")}{" "}
          <select
            data-testid="insight-colour"
            value={ap.colourBy}
            onChange={(e) => setAppearance({ colourBy: e.target.value as Appearance["colourBy"] })}
          >
            <option value="type">{t("byType")}</option>
            <option value="community">{t("byCommunity")}</option>
          </select>
        </label>
        <label>
          {t("scope")}{" "}
          <select
            data-testid="insight-scope"
            value={ap.scope}
            onChange={(e) => setAppearance({ scope: e.target.value as Appearance["scope"] })}
          >
            <option value="whole">{t("whole")}</option>
            <option value="view">{t("view")}</option>
          </select>
        </label>
      </div>
      {state.status === "computing" && <p className="muted">{t("computing")}</p>}
      {state.status === "error" && <p className="error">{state.message}</p>}
      <h4>{ap.colourBy === "community" ? t("communities") : t("type")}</h4>
      {ap.colourBy === "community" && state.status === "ok" ? (
        <>
          <p className="muted small">
            {state.result.communities.length} {t("communityCount")} · {t("modularity")}{" "}
            {state.result.modularity.toFixed(2)}
          </p>
          <ul className="insight-legend" data-testid="community-legend">
            {state.result.communities
              .filter((c) => c.size > 1)
              .map((c) => (
                <li key={c.id}>
                  <button type="button" className="legend-item" onClick={() => highlightCommunity(c.leaders)}>
                    <span className="dot" style={{ background: c.colour }} />
                    <span className="ellipsis">{c.name}</span>
                    <span className="count">{c.size}</span>
                  </button>
                </li>
              ))}
          </ul>
        </>
      ) : (
        <ul className="insight-legend">
          {ENTITY_TYPES.map((ty) => (
            <li key={ty} className="legend-item">
              <span className="dot" style={{ background: ENTITY_TYPE_INFO[ty].colour }} />
              {pick(ENTITY_TYPE_INFO[ty].zh, ENTITY_TYPE_INFO[ty].en)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
