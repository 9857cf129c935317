// Expand controls of the detail panel: depth, which relation types to follow, and the Expand button.
import { useState } from "react";
import { RELATION_TYPE_INFO, type RelationType } from "../../model/vocabulary.js";
import { toggleRelation } from "./relationChoice.js";
import "./ux.css";
import { useI18n } from "../i18n/lang.js";

export interface ExpandControlsProps {
  /** The relation types the entity has, with counts, in display order. */
  relations: readonly (readonly [RelationType, number])[];
  depth: 1 | 2 | 3;
  onDepth(depth: 1 | 2 | 3): void;
  /** Expand along `relTypes` only; [] means every relation type. */
  onExpand(depth: 1 | 2 | 3, relTypes: RelationType[]): void;
}

export function ExpandControls({ relations, depth, onDepth, onExpand }: ExpandControlsProps) {
  const { t, pick } = useI18n();
  const [chosen, setChosen] = useState<RelationType[]>([]);
  const summary = chosen.length === 0 ? t("allRelations") : `${chosen.length} ${t("someRelations")}`;
  return (
    <>
      <select
        aria-label={t("depth")}
        data-testid="expand-depth"
        value={depth}
        onChange={(ev) => onDepth(Number(ev.target.value) as 1 | 2 | 3)}
      >
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {t("depth")} {d}
          </option>
        ))}
      </select>
      <details className="rel-choice" data-testid="expand-relations">
        <summary title={t("expandBy")}>{summary}</summary>
        <div className="rel-choice-list">
          <button type="button" className="link" disabled={chosen.length === 0} onClick={() => setChosen([])}>
            {t("clearChoice")}
          </button>
          {relations.map(([type, count]) => {
            const info = RELATION_TYPE_INFO[type];
            return (
              <label key={type} className="row">
                <input
                  type="checkbox"
                  value={type}
                  checked={chosen.includes(type)}
                  onChange={() => setChosen((c) => toggleRelation(c, type))}
                />
                <span className="swatch" style={{ background: info.colour }} />
                {pick(info.zh, info.en)}
                <span className="count">{count}</span>
              </label>
            );
          })}
        </div>
      </details>
      <button type="button" data-testid="expand" onClick={() => onExpand(depth, chosen)}>
        {t("expand")}
      </button>
    </>
  );
}
