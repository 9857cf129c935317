// Data quality in view: mark single-source and implied relations, keep only those stated in 2+ documents,
// and list the entities the fewest documents speak of.
import { useMemo } from "react";
import type { InsightPanelProps } from "./InsightPanel.js";
import { EntityLink } from "./names.js";
import { edgeFacets } from "../../model/evidence.js";
import { coverage, qualityCounts } from "./quality.js";
import { useI18n } from "../i18n/lang.js";

export function QualityTab({ insight, onSelect }: InsightPanelProps) {
  const { t } = useI18n();
  const { appearance: ap, setAppearance } = insight;
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const counts = useMemo(() => qualityCounts((whole?.edges ?? []).map(edgeFacets)), [whole]);
  const low = useMemo(
    () =>
      whole
        ? [...coverage(whole).entries()]
            .sort((a, b) => a[1].size - b[1].size || a[0].localeCompare(b[0]))
            .slice(0, 15)
        : [],
    [whole],
  );
  return (
    <div>
      <label className="row">
        <input
          type="checkbox"
          data-testid="quality-mark"
          checked={ap.markQuality}
          onChange={(e) => setAppearance({ markQuality: e.target.checked })}
        />
        {t("markQuality")}
      </label>
      <label className="row">
        <input
          type="checkbox"
          data-testid="quality-multi"
          checked={ap.multiOnly}
          onChange={(e) => setAppearance({ multiOnly: e.target.checked })}
        />
        {t("multiOnly")}
      </label>
      <p data-testid="quality-counts">
        <span className="tag">
          {t("multi")}: {counts.multi}
        </span>
        <span className="tag">
          {t("single")}: {counts.single}
        </span>
        <span className="tag implied">
          {t("impliedOnly")}: {counts.implied}
        </span>
      </p>
      <h4>{t("lowCoverage")}</h4>
      <ul>
        {low.map(([id, docs]) => (
          <li key={id}>
            <EntityLink id={id} insight={insight} onSelect={onSelect} />{" "}
            <span className="count">{docs.size}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
