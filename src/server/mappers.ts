// Turns plain query rows into the shared response shapes (src/model/api.ts); no database access here.
import type { Evidence, GraphEdge, GraphNode } from "../model/api.js";
import { evidenceOf, facetOf, type EvidenceFacet } from "../model/evidence.js";
import { isEntityType, isRelationType, type EntityType, type RelationType } from "../model/vocabulary.js";
import type { Row } from "../db/queries.js";

/** Document id -> title, to label evidence. */
export type DocTitles = ReadonlyMap<string, string>;

export const str = (value: unknown): string => (value === null || value === undefined ? "" : String(value));
export const num = (value: unknown): number => (typeof value === "number" ? value : Number(value ?? 0) || 0);

/** Lists may come back as lists or (from hand-made data) as `|`-separated strings. */
export function strList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str);
  if (typeof value === "string") return value === "" ? [] : value.split("|");
  return [];
}

export function entityType(value: unknown): EntityType {
  const text = str(value);
  // Only the loader writes these; an unknown value would mean the loader and the model disagree.
  if (!isEntityType(text))
    throw new Error(`mappers: entity type "${text}" is not in src/model/vocabulary.ts`);
  return text;
}

export function relationType(value: unknown): RelationType {
  const text = str(value);
  if (!isRelationType(text))
    throw new Error(`mappers: relation type "${text}" is not in src/model/vocabulary.ts`);
  return text;
}

export function toNode(row: unknown): GraphNode {
  const r = (row ?? {}) as Row;
  return {
    id: str(r.id),
    type: entityType(r.type),
    subtype: str(r.subtype),
    name_zh: str(r.name_zh),
    name_en: str(r.name_en),
    degree: num(r.degree),
  };
}

const certaintyOf = (value: string | undefined) => (value === "implied" ? "implied" : "explicit");

/**
 * One Evidence per quote (graph queries send the quotes of the first piece only, the other lists
 * whole); `titles` adds each document's title.
 */
function toEvidence(row: Row, titles?: DocTitles): Evidence[] {
  const docs = strList(row.docs);
  const quotes = strList(row.quotes);
  const certainty = strList(row.certainty);
  const amounts = strList(row.amounts);
  const dates = strList(row.dates);
  const notes = strList(row.notes);
  return docs.slice(0, quotes.length).map((doc, i) => {
    const evidence = evidenceOf({
      doc,
      quote: quotes[i] ?? "",
      certainty: certaintyOf(certainty[i]),
      amount: amounts[i] ?? "",
      date: dates[i] ?? "",
      note: notes[i] ?? "",
    });
    const title = titles?.get(doc);
    return title === undefined ? evidence : { ...evidence, doc_title: title };
  });
}

/** Document, certainty and date of every piece of evidence in the row. */
function toFacets(row: Row): EvidenceFacet[] {
  const certainty = strList(row.certainty);
  const dates = strList(row.dates);
  return strList(row.docs).map((doc, i) =>
    facetOf({ doc, certainty: certaintyOf(certainty[i]), date: dates[i] ?? "" }),
  );
}

/**
 * An edge from a query row. Rows from the graph queries carry only the first piece of evidence,
 * `evidenceCount` and the facets of every piece; rows with every piece (entity, paths, evidence) count
 * their own.
 */
export function toEdge(row: unknown, titles?: DocTitles): GraphEdge {
  const r = (row ?? {}) as Row;
  const source = str(r.source);
  const target = str(r.target);
  const type = relationType(r.type);
  const evidence = toEvidence(r, titles);
  const facets = toFacets(r);
  return {
    id: str(r.id) || `${source}|${type}|${target}`,
    source,
    target,
    type,
    evidenceCount: r.evidenceCount === undefined ? evidence.length : num(r.evidenceCount),
    evidence,
    ...(facets.length > evidence.length ? { facets } : {}),
  };
}

export function titlesFrom(rows: Row[]): Map<string, string> {
  return new Map(rows.map((row) => [str(row.id), str(row.title)]));
}

/** Most connected first, ties by id so answers are stable; `firstId` (a centre) stays in front. */
export function byDegree(nodes: GraphNode[], firstId?: string): GraphNode[] {
  return [...nodes].sort((a, b) => {
    if (a.id === firstId) return -1;
    if (b.id === firstId) return 1;
    return b.degree - a.degree || a.id.localeCompare(b.id);
  });
}

/** Counts the given nodes by entity type. */
export function countByType(nodes: readonly GraphNode[]): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const node of nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
  return counts;
}
