// The selected entity: names in both languages, type, description, aliases, actions, every relation with evidence.
import { useMemo, useState } from "react";
import type { EntityResponse } from "../../model/api.js";
import { ENTITY_TYPE_INFO, type RelationType } from "../../model/vocabulary.js";
import type { GraphSource } from "../source/GraphSource.js";
import { RelationGroups } from "./RelationGroups.js";
import { useAsync } from "../state/useAsync.js";
import { ExpandControls } from "../ux/ExpandControls.js";
import { relationCounts } from "../ux/relationChoice.js";
import { useI18n } from "../i18n/lang.js";

export interface DetailPanelProps {
  source: GraphSource;
  id: string;
  /** Hidden (but kept) while the reader covers it. */
  hidden?: boolean;
  focus: number;
  docTitle(id: string): string;
  onSelect(id: string): void;
  onOpenDoc(doc: string, quote: string): void;
  /** Adds the neighbours up to `depth` hops, along `relTypes` only ([] = every type). */
  onExpand(depth: 1 | 2 | 3, relTypes: RelationType[]): void;
  onRemove(): void;
  onFocus(hops: number): void;
  onClose(): void;
}

export function DetailPanel(p: DetailPanelProps) {
  const { t, pick } = useI18n();
  const [depth, setDepth] = useState<1 | 2 | 3>(1);
  const { source, id } = p;
  const state = useAsync<EntityResponse>(id, () => source.entity(id));
  const neighbours = useMemo(
    () => new Map(state.status === "ok" ? state.value.neighbours.map((n) => [n.id, n]) : []),
    [state],
  );
  const relTypes = useMemo(() => relationCounts(state.status === "ok" ? state.value.relations : []), [state]);

  if (state.status !== "ok")
    return (
      <aside className="panel detail" data-testid="detail" tabIndex={-1} hidden={p.hidden}>
        <button type="button" className="close" onClick={p.onClose} aria-label={t("close")}>
          ×
        </button>
        <p className={state.status === "error" ? "error" : "muted"}>
          {state.status === "error" ? state.message : t("loading")}
        </p>
      </aside>
    );
  const e = state.value.entity;
  const info = ENTITY_TYPE_INFO[e.type];
  return (
    <aside
      className="panel detail"
      data-testid="detail"
      aria-label={e.name_zh}
      tabIndex={-1}
      hidden={p.hidden}
    >
      <button type="button" className="close" onClick={p.onClose} aria-label={t("close")}>
        ×
      </button>
      <h2 data-testid="detail-name">{e.name_zh}</h2>
      {e.name_en && <h3 className="name-en">{e.name_en}</h3>}
      <p>
        <span className="tag" style={{ background: info.colour, color: "#fff" }}>
          {pick(info.zh, info.en)}
        </span>{" "}
        <span className="muted">{e.subtype}</span>
      </p>
      {e.description_en && <p className="description">{e.description_en}</p>}
      {e.aliases.length > 0 && (
        <p className="aliases">
          <strong>{t("aliases")}:</strong> {e.aliases.join("、")}
        </p>
      )}
      <div className="actions">
        <ExpandControls relations={relTypes} depth={depth} onDepth={setDepth} onExpand={p.onExpand} />
        <button type="button" aria-pressed={p.focus > 0} onClick={() => p.onFocus(p.focus > 0 ? 0 : depth)}>
          {t("focus")}
        </button>
        <button type="button" onClick={p.onRemove}>
          {t("remove")}
        </button>
      </div>
      <h3>
        {t("relations")} ({state.value.relations.length})
      </h3>
      <RelationGroups
        self={e.id}
        relations={state.value.relations}
        neighbours={neighbours}

        docTitle={p.docTitle}
        onSelect={p.onSelect}
        onOpenDoc={p.onOpenDoc}
      />
    </aside>
  );
}
