// Key players: every entity with its metrics and document coverage; sortable, filterable by type.
import { useMemo, useState } from "react";
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from "../../model/vocabulary.js";
import type { InsightPanelProps } from "./InsightPanel.js";
import { coverage } from "./quality.js";
import { METRICS, type Metric } from "./types.js";
import { useI18n } from "../i18n/lang.js";

type SortKey = Metric | "coverage" | "community";
const ROWS = 100;
const fmt = (m: SortKey, v: number) => (m === "pagerank" || m === "betweenness" ? v.toFixed(3) : String(v));

export function PlayersTab({ insight, selected, onSelect }: InsightPanelProps) {
  const { t, pick } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "pagerank", desc: true });
  const [type, setType] = useState<EntityType | "">("");
  const state = insight.metrics[insight.appearance.scope];
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const docs = useMemo(() => (whole ? coverage(whole) : new Map<string, Set<string>>()), [whole]);
  const types = useMemo(() => new Map(whole?.nodes.map((n) => [n.id, n.type]) ?? []), [whole]);
  const rows = useMemo(() => {
    if (state.status !== "ok") return [];
    const all = Object.entries(state.result.nodes).map(([id, m]) => ({
      id,
      type: types.get(id),
      ...m,
      coverage: docs.get(id)?.size ?? 0,
    }));
    const kept = all.filter((r) => !type || r.type === type);
    const dir = sort.desc ? -1 : 1;
    return kept.sort((a, b) => dir * (a[sort.key] - b[sort.key]) || a.id.localeCompare(b.id)).slice(0, ROWS);
  }, [state, types, docs, type, sort]);
  if (state.status !== "ok")
    return <p className="muted">{state.status === "error" ? state.message : t("computing")}</p>;
  const colours = new Map(state.result.communities.map((c) => [c.id, c]));
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button
        type="button"
        className="link"
        data-testid={`players-sort-${key}`}
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : true }))}
      >
        {label}
        {sort.key === key ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  return (
    <div>
      <div className="row">
        <select
          data-testid="players-type"
          aria-label={t("type")}
          value={type}
          onChange={(e) => setType(e.target.value as EntityType | "")}
        >
          <option value="">{t("allTypes")}</option>
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {pick(ENTITY_TYPE_INFO[ty].zh, ENTITY_TYPE_INFO[ty].en)}
            </option>
          ))}
        </select>
      </div>
      <table className="insight-table" data-testid="players-table">
        <thead>
          <tr>
            <th>{t("name")}</th>
            {METRICS.map((m) => header(m, t(m)))}
            {header("community", t("community"))}
            {header("coverage", t("coverage"))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              className={r.id === selected ? "selected" : ""}
              data-testid="players-row"
              data-id={r.id}
              onClick={() => onSelect(r.id)}
            >
              <td className="ellipsis">
                <span
                  className="dot"
                  style={{ background: r.type ? ENTITY_TYPE_INFO[r.type].colour : "#999" }}
                />{" "}
                {insight.name(r.id)}
              </td>
              {METRICS.map((m) => (
                <td key={m} className="num">
                  {fmt(m, r[m])}
                </td>
              ))}
              <td title={colours.get(r.community)?.name}>
                <span className="dot" style={{ background: colours.get(r.community)?.colour }} />{" "}
                {r.community + 1}
              </td>
              <td className="num">{r.coverage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
