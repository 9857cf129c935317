// Filters: relation types, documents, certainty, the funds lens and the as-of date.
import type { DocumentSummary } from "../../model/api.js";
import {
  CERTAINTIES,
  RELATION_TYPE_INFO,
  type Certainty,
  type RelationType,
} from "../../model/vocabulary.js";
import type { Filters } from "../state/types.js";
import { useI18n } from "../i18n/lang.js";

export interface FiltersPanelProps {
  filters: Filters;
  relationTypes: readonly RelationType[];
  documents: readonly DocumentSummary[];
  onChange(f: Partial<Filters>): void;
  onReset(): void;
}

const toggle = <T,>(list: readonly T[], v: T): T[] =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

export function FiltersPanel({ filters: f, relationTypes, documents, onChange, onReset }: FiltersPanelProps) {
  const { t, pick } = useI18n();
  const dates = [...new Set(documents.map((d) => d.date).filter(Boolean))].sort();
  return (
    <section className="filters" data-testid="filters" aria-label={t("filters")}>
      <label className="row">
        <input
          type="checkbox"
          data-testid="lens-funds"
          checked={f.lens === "funds"}
          onChange={(e) => onChange({ lens: e.target.checked ? "funds" : "none" })}
        />
        <strong>{t("fundsLens")}</strong>
      </label>
      <label className="row">
        {t("asOf")}{" "}
        <select
          data-testid="as-of"
          value={f.asOf ?? ""}
          onChange={(e) => onChange({ asOf: e.target.value || null })}
        >
          <option value="">{t("allDates")}</option>
          {dates.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <details>
        <summary>{t("relationTypes")}</summary>
        {relationTypes.map((r) => (
          <label key={r} className="row">
            <input
              type="checkbox"
              data-testid={`rel-${r}`}
              checked={!f.hiddenRelations.includes(r)}
              onChange={() => onChange({ hiddenRelations: toggle(f.hiddenRelations, r) })}
            />
            <span className="swatch" style={{ background: RELATION_TYPE_INFO[r].colour }} />
            {pick(RELATION_TYPE_INFO[r].zh, RELATION_TYPE_INFO[r].en)}
          </label>
        ))}
      </details>
      <details>
        <summary>{t("documents")}</summary>
        {documents.map((d) => (
          <label key={d.id} className="row" title={d.title_en}>
            <input
              type="checkbox"
              data-testid={`doc-${d.id}`}
              checked={!f.hiddenDocs.includes(d.id)}
              onChange={() => onChange({ hiddenDocs: toggle(f.hiddenDocs, d.id) })}
            />
            <span className="ellipsis">
              {d.date} {pick(d.title, d.title_en)}
            </span>
          </label>
        ))}
      </details>
      <div className="row">
        {t("certainty")}:
        {CERTAINTIES.map((c: Certainty) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!f.hiddenCertainty.includes(c)}
              onChange={() => onChange({ hiddenCertainty: toggle(f.hiddenCertainty, c) })}
            />{" "}
            {t(c)}
          </label>
        ))}
      </div>
      <button type="button" onClick={onReset}>
        {t("reset")}
      </button>
    </section>
  );
}
