// Every relation of an entity, grouped by relation type, each with the entity at the other end and its evidence.
import type { EntityRelation, GraphNode } from "../../model/api.js";
import { RELATION_TYPE_INFO, type RelationType } from "../../model/vocabulary.js";
import { EvidenceList } from "./EvidenceList.js";
import { useI18n } from "../i18n/lang.js";

export interface RelationGroupsProps {
  self: string;
  relations: readonly EntityRelation[];
  neighbours: ReadonlyMap<string, GraphNode>;
  docTitle(id: string): string;
  onSelect(id: string): void;
  onOpenDoc(doc: string, quote: string): void;
}

export function RelationGroups({
  self,
  relations,
  neighbours,
  docTitle,
  onSelect,
  onOpenDoc,
}: RelationGroupsProps) {
  const { pick } = useI18n();
  const groups = new Map<RelationType, EntityRelation[]>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return (
    <div className="relations">
      {[...groups].map(([type, rels]) => {
        const info = RELATION_TYPE_INFO[type];
        return (
          <section key={type} data-testid={`relations-${type}`}>
            <h4>
              <span className="swatch" style={{ background: info.colour }} /> {pick(info.zh, info.en)}{" "}
              <small>({rels.length})</small>
            </h4>
            {rels.map((r) => {
              const outgoing = r.source === self;
              const other = outgoing ? r.target : r.source;
              const n = neighbours.get(other);
              return (
                <div className="relation" key={`${r.source}|${r.type}|${r.target}`}>
                  <div>
                    <span className="muted">{info.directed ? (outgoing ? "→" : "←") : "↔"}</span>{" "}
                    <button type="button" className="link entity-link" onClick={() => onSelect(other)}>
                      {n ? pick(n.name_zh, n.name_en) : other}
                    </button>
                  </div>
                  <EvidenceList evidence={r.evidence} docTitle={docTitle} onOpenDoc={onOpenDoc} />
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
