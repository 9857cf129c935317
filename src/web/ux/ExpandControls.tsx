// Expand controls of the detail panel: depth, which relation types to follow, and the Expand button.
import { useState } from "react";
import { RELATION_TYPE_INFO, type RelationType } from "../../model/vocabulary.js";
import { pick, t, type Lang } from "../i18n/strings.js";
import { tu } from "./strings.js";
import { toggleRelation } from "./relationChoice.js";
import "./ux.css";

export interface ExpandControlsProps {
  lang: Lang;
  /** The relation types the entity has, with counts, in display order. */
  relations: readonly (readonly [RelationType, number])[];
  depth: 1 | 2 | 3;
  onDepth(depth: 1 | 2 | 3): void;
  /** Expand along `relTypes` only; [] means every relation type. */
  onExpand(depth: 1 | 2 | 3, relTypes: RelationType[]): void;
}

export function ExpandControls({ lang, relations, depth, onDepth, onExpand }: ExpandControlsProps) {
  const [chosen, setChosen] = useState<RelationType[]>([]);
  const summary =
    chosen.length === 0 ? tu("allRelations", lang) : `${chosen.length} ${tu("someRelations", lang)}`;
  return (
    <>
      <select
        aria-label={t("depth", lang)}
        data-testid="expand-depth"
        value={depth}
        onChange={(ev) => onDepth(Number(ev.target.value) as 1 | 2 | 3)}
      >
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {t("depth", lang)} {d}
          </option>
        ))}
      </select>
      <details className="rel-choice" data-testid="expand-relations">
        <summary aria-label={tu("expandBy", lang)} title={tu("expandBy", lang)}>
          {summary}
        </summary>
        <div className="rel-choice-list">
          <button type="button" className="link" disabled={chosen.length === 0} onClick={() => setChosen([])}>
            {tu("clearChoice", lang)}
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
                {pick(info.zh, info.en, lang)}
                <span className="count">{count}</span>
              </label>
            );
          })}
        </div>
      </details>
      <button type="button" data-testid="expand" onClick={() => onExpand(depth, chosen)}>
        {t("expand", lang)}
      </button>
    </>
  );
}
