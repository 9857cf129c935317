// What the canvas shows, as a list a keyboard can walk: the canvas itself cannot be tabbed through, so
// this is how a keyboard user moves between visible nodes (Arrow keys, Home/End) and opens one (Enter).
import { useMemo, useRef, type KeyboardEvent } from "react";
import { ENTITY_TYPE_INFO } from "../../model/vocabulary.js";
import type { ExplorerGraph } from "../graph/attributes.js";
import { useI18n } from "../i18n/lang.js";

export interface ShownListProps {
  graph: ExplorerGraph;
  nodes: ReadonlySet<string>;
  selected: string | null;
  onSelect(id: string): void;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function ShownList({ graph, nodes, selected, onSelect }: ShownListProps) {
  const { t, pick } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  // Most connected first, as the canvas labels them; placeholders ("+N more") are not entities.
  const items = useMemo(
    () =>
      [...nodes]
        .filter((id) => graph.hasNode(id) && graph.getNodeAttribute(id, "kind") === "entity")
        .map((id) => ({ id, ...graph.getNodeAttributes(id) }))
        .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)),
    [graph, nodes],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    list.current?.querySelectorAll("button")[move(i, items.length)]?.focus();
  };
  // One tab stop: the selected entry (or the first); the arrows move within the list.
  const current = Math.max(
    0,
    items.findIndex((n) => n.id === selected),
  );
  return (
    <section className="shown" data-testid="shown" aria-label={t("shown")}>
      <p className="muted small">{t("shownHelp")}</p>
      <ul ref={list} className="shown-list">
        {items.map((n, i) => (
          <li key={n.id}>
            <button
              type="button"
              className="shown-item"
              data-testid="shown-item"
              data-id={n.id}
              tabIndex={i === current ? 0 : -1}
              aria-current={n.id === selected ? "true" : undefined}
              onKeyDown={(e) => onKeyDown(e, i)}
              onClick={() => onSelect(n.id)}
            >
              <span className="dot" style={{ background: ENTITY_TYPE_INFO[n.etype].colour }} />
              <span>{pick(n.name_zh, n.name_en)}</span>
              <span className="muted small">
                {pick(ENTITY_TYPE_INFO[n.etype].zh, ENTITY_TYPE_INFO[n.etype].en)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
