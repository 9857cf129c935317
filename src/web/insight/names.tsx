// Small shared pieces of the insight tabs: a clickable entity name and a list of them.
import type { InsightHandle } from "./useInsight.js";

export function EntityLink({
  id,
  insight,
  onSelect,
}: {
  id: string;
  insight: InsightHandle;
  onSelect(id: string): void;
}) {
  return (
    <button type="button" className="link" onClick={() => onSelect(id)} title={id}>
      {insight.name(id)}
    </button>
  );
}

export function EntityList({
  ids,
  insight,
  onSelect,
  empty = "—",
}: {
  ids: readonly string[];
  insight: InsightHandle;
  onSelect(id: string): void;
  empty?: string;
}) {
  if (ids.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className="entity-list">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && "、"}
          <EntityLink id={id} insight={insight} onSelect={onSelect} />
        </span>
      ))}
    </span>
  );
}
