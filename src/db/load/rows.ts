// Turns a validated dataset into the rows the load queries take: entities with pinyin and degree,
// one relationship per (source, type, target) with its evidence merged, and document mentions.
import neo4j, { type Integer } from "neo4j-driver";
import { entityPinyin } from "../../data/pinyin.js";
import { findMentions, surfaceForms } from "../../data/mentions.js";
import type { Dataset, DocumentRecord } from "../../model/records.js";
import { isEntityType, isRelationType, type EntityType, type RelationType } from "../../model/vocabulary.js";

interface EntityRow {
  type: EntityType;
  props: Record<string, unknown>;
}

interface RelationRow {
  source: string;
  target: string;
  type: RelationType;
  props: {
    id: string;
    docs: string[];
    quotes: string[];
    certainty: string[];
    amounts: string[];
    dates: string[];
    notes: string[];
  };
}

interface MentionRow {
  doc: string;
  entity: string;
  count: Integer;
  starts: Integer[];
  ends: Integer[];
}

export interface LoadRows {
  documents: DocumentRecord[];
  entities: EntityRow[];
  relations: RelationRow[];
  mentions: MentionRow[];
}

const int = (value: number): Integer => neo4j.int(value);

/** Builds every row of a load; throws if a type is outside the allow-list (labels go into query text). */
export function buildLoadRows(dataset: Dataset): LoadRows {
  const relations = mergeEvidence(dataset);
  const degree = new Map<string, number>();
  for (const { source, target } of relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const entities = dataset.entities.map((entity): EntityRow => {
    if (!isEntityType(entity.type))
      throw new Error(
        `loader: entity "${entity.id}" has type "${entity.type}", which is not in ENTITY_TYPES (src/model/vocabulary.ts)`,
      );
    const pinyin = entityPinyin(entity);
    return {
      type: entity.type,
      props: {
        ...entity,
        aliases_text: entity.aliases.join(" "),
        search_text: searchText(entity, pinyin),
        ...pinyin,
        degree: int(degree.get(entity.id) ?? 0),
      },
    };
  });
  return { documents: dataset.documents, entities, relations, mentions: buildMentions(dataset) };
}

/**
 * The lower-cased Chinese name, English name, aliases, pinyin and pinyin initials, one per line: the
 * one TEXT index over it (cypher/schema.cypher) gives search its candidates by substring without
 * scanning every entity (issue 8). One index rather than one per property: each costs load time.
 */
function searchText(
  entity: Dataset["entities"][number],
  pinyin: { pinyin: string; pinyin_initials: string },
): string {
  return [entity.name_zh, entity.name_en, ...entity.aliases, pinyin.pinyin, pinyin.pinyin_initials]
    .join("\n")
    .toLowerCase();
}

/** One relationship per (source, type, target); evidence rows become parallel lists, in file order. */
function mergeEvidence(dataset: Dataset): RelationRow[] {
  const byId = new Map<string, RelationRow>();
  for (const row of dataset.relations) {
    if (!isRelationType(row.type))
      throw new Error(
        `loader: relation ${row.source} -> ${row.target} has type "${row.type}", which is not in RELATION_TYPES (src/model/vocabulary.ts)`,
      );
    const id = `${row.source}|${row.type}|${row.target}`;
    let relation = byId.get(id);
    if (!relation) {
      relation = {
        source: row.source,
        target: row.target,
        type: row.type,
        props: { id, docs: [], quotes: [], certainty: [], amounts: [], dates: [], notes: [] },
      };
      byId.set(id, relation);
    }
    const { props } = relation;
    props.docs.push(row.doc);
    props.quotes.push(row.quote);
    props.certainty.push(row.certainty);
    props.amounts.push(row.amount);
    props.dates.push(row.date);
    props.notes.push(row.note);
  }
  return [...byId.values()];
}

/** Where each document names each entity, plus an empty mention for every relation end it gives evidence on. */
function buildMentions(dataset: Dataset): MentionRow[] {
  const forms = surfaceForms(dataset.entities);
  const evidenceEnds = new Map<string, Set<string>>();
  for (const relation of dataset.relations) {
    const ends = evidenceEnds.get(relation.doc) ?? new Set<string>();
    ends.add(relation.source).add(relation.target);
    evidenceEnds.set(relation.doc, ends);
  }
  const rows: MentionRow[] = [];
  for (const doc of dataset.documents) {
    const found = findMentions(doc.text, forms);
    for (const end of evidenceEnds.get(doc.id) ?? [])
      if (!found.has(end)) found.set(end, { starts: [], ends: [] });
    for (const [entity, { starts, ends }] of found) {
      rows.push({
        doc: doc.id,
        entity,
        count: int(starts.length),
        starts: starts.map(int),
        ends: ends.map(int),
      });
    }
  }
  return rows;
}
