// Legend: entity types (colour, count in view; click to hide/show), the switch for the context types
// (Regions and Programmes, off at opening), and the relation types present.
import { useI18n } from "../i18n/lang.js";
import {
  CONTEXT_TYPES,
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
  /** Shows (true) or hides (false) Regions and Programmes together. */
  onShowContext(show: boolean): void;
}

export function Legend({
  typeCounts,
  relationCounts,
  hiddenTypes,
  onToggleType,
  onShowContext,
}: LegendProps) {
  const { t, pick } = useI18n();
  const contextHidden = CONTEXT_TYPES.some((ty) => hiddenTypes.includes(ty));
  return (
    <section className="legend" data-testid="legend" aria-label={t("legend")}>
      <div className="legend-context" data-testid="legend-context" title={t("coreWhy")}>
        {contextHidden && <p className="legend-note">{t("coreNote")}</p>}
        <button
          type="button"
          data-testid="context-toggle"
          aria-pressed={!contextHidden}
          onClick={() => onShowContext(contextHidden)}
        >
          {t(contextHidden ? "showContext" : "hideContext")}
        </button>
      </div>
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
