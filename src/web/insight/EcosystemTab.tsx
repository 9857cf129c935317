// The ecosystem summary of the selected park or institution: members, funds and partners, with counts.
import { useMemo } from "react";
import { ENTITY_TYPE_INFO } from "../../model/vocabulary.js";
import { ECOSYSTEM_TYPES, ecosystemSummary } from "./ecosystem.js";
import type { InsightPanelProps } from "./InsightPanel.js";
import { EntityList } from "./names.js";
import { useI18n } from "../i18n/lang.js";

export function EcosystemTab({ insight, selected, onSelect }: InsightPanelProps) {
  const { t, pick } = useI18n();
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const node = whole && selected ? whole.nodes.find((n) => n.id === selected) : undefined;
  const ok = node && (ECOSYSTEM_TYPES as readonly string[]).includes(node.type);
  const sum = useMemo(
    () => (whole && ok && selected ? ecosystemSummary(whole, selected) : null),
    [whole, ok, selected],
  );
  if (!sum || !node) return <p className="muted">{t("pickPark")}</p>;
  const all = [sum.id, ...sum.members, ...sum.funds, ...sum.partners];
  const section = (key: "members" | "funds" | "partners", ids: string[]) => (
    <div className="eco-section" data-testid={`eco-${key}`}>
      <h4>
        {t(key)} <span className="eco-count">{ids.length}</span>
      </h4>
      <EntityList ids={ids} insight={insight} onSelect={onSelect} empty={t("nothing")} />
    </div>
  );
  return (
    <div className="eco" data-testid="ecosystem">
      <h3>
        <span className="dot" style={{ background: ENTITY_TYPE_INFO[node.type].colour }} />{" "}
        {pick(node.name_zh, node.name_en)}{" "}
        <button
          type="button"
          onClick={() =>
            insight.setHighlight({
              label: sum.id,
              nodes: new Set(all),
              edges: new Set(
                whole?.edges.filter((e) => e.source === sum.id || e.target === sum.id).map((e) => e.id),
              ),
            })
          }
        >
          {t("showOnCanvas")}
        </button>
      </h3>
      <div className="eco-grid">
        {section("members", sum.members)}
        {section("funds", sum.funds)}
        {section("partners", sum.partners)}
      </div>
    </div>
  );
}
