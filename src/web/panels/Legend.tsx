// Legend: entity types (colour, count in view; click to hide/show) and the relation types present.
import { useI18n } from "../i18n/lang.js";
import {
  ENTITY_TYPES,
  ENTITY_TYPE_INFO,
  RELATION_TYPES,
  RELATION_TYPE_INFO,
  type EntityType,
  type RelationType,
} from "../../model/vocabulary.js";

export interface LegendProps {
  typeCounts: ReadonlyMap<EntityType, number>;
  relationCounts: ReadonlyMap<RelationType, number>;
  hiddenTypes: readonly EntityType[];
  onToggleType(type: EntityType): void;
}

export function Legend({ typeCounts, relationCounts, hiddenTypes, onToggleType }: LegendProps) {
  const { t, pick } = useI18n();
  return (
    <section className="legend" data-testid="legend" aria-label={t("legend")}>
      <h3>{t("entityTypes")}</h3>
      <ul>
        {ENTITY_TYPES.filter((ty) => typeCounts.has(ty) || hiddenTypes.includes(ty)).map((ty) => {
          const hidden = hiddenTypes.includes(ty);
          return (
            <li key={ty}>
              <button
                type="button"
                className={`legend-item ${hidden ? "off" : ""}`}
                aria-pressed={!hidden}
                data-testid={`legend-${ty}`}
                onClick={() => onToggleType(ty)}
              >
                <span className="dot" style={{ background: ENTITY_TYPE_INFO[ty].colour }} />
                {pick(ENTITY_TYPE_INFO[ty].zh, ENTITY_TYPE_INFO[ty].en)}
                <span className="count">{typeCounts.get(ty) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3>{t("relationTypes")}</h3>
      <ul className="legend-relations">
        {RELATION_TYPES.filter((r) => relationCounts.has(r)).map((r) => (
          <li key={r} title={RELATION_TYPE_INFO[r].meaning}>
            <span className="swatch" style={{ background: RELATION_TYPE_INFO[r].colour }} />
            {pick(RELATION_TYPE_INFO[r].zh, RELATION_TYPE_INFO[r].en)}
            <span className="count">{relationCounts.get(r)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
