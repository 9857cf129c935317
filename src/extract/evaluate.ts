// The extractor's evaluation. Leave-one-document-out on the curated data (the gazetteer is built
// from the other documents only: entities they mention, with only the aliases their texts use),
// and on an unseen set (data/eval/unseen, never used to write the rules) with the whole curated
// data as the gazetteer, once as printed and once converted to traditional script. Each held-out
// document is scored against its gold: entities (overall, per type, organisations only),
// relations by entity pair, and by pair and type; misses and false positives are kept for --details.
import { findMentions, surfaceForms } from "../data/mentions.js";
import type { Dataset, EntityRecord, RelationRecord } from "../model/records.js";
import { ENTITY_TYPES, RELATION_TYPE_INFO, type EntityType, type RelationType } from "../model/vocabulary.js";
import type { Analysis } from "./analysis.js";
import { extractDocument } from "./extract.js";
import { nameKey } from "./keys.js";
import { toSimplified } from "./script.js";
import { score, sum, type Score } from "./score.js";

export type { Score } from "./score.js";

/** The types the issue is about: organisations a new document names (people, places and programmes aside). */
const ORGANISATION_TYPES: readonly EntityType[] = ["Institution", "Company", "Fund", "Park"];

export interface Scores {
  entities: Score;
  organisations: Score;
  byType: Record<EntityType, Score>;
  pairs: Score;
  typed: Score;
  /** Proposed quotes that are not an exact substring of the document (must be 0). */
  quotesNotVerbatim: number;
}

export interface DocumentScore extends Scores {
  doc: string;
  /** Gold entities not found, proposals not in the gold, relations missed and wrongly proposed. */
  details: { missed: string[]; wrong: string[]; missedRelations: string[]; wrongRelations: string[] };
}

export interface Evaluation {
  documents: DocumentScore[];
  /** Micro averages over all held-out documents. */
  overall: Scores;
}

/** Analyses by document text (the evaluation runs LAC once per text, before scoring). */
type AnalysisOf = (text: string) => Analysis;

/** Leave-one-document-out over every document of `dataset`. */
export function evaluateLeaveOneOut(dataset: Dataset, analysisOf: AnalysisOf): Evaluation {
  const forms = surfaceForms(dataset.entities);
  const gold = new Map(dataset.documents.map((d) => [d.id, goldEntities(dataset, d.id, d.text, forms)]));
  const documents = dataset.documents.map((held) => {
    const others = dataset.documents.filter((d) => d.id !== held.id);
    const trainIds = new Set(others.flatMap((d) => [...(gold.get(d.id) ?? [])]));
    const entities: EntityRecord[] = dataset.entities
      .filter((e) => trainIds.has(e.id))
      .map((e) => ({ ...e, aliases: e.aliases.filter((a) => others.some((d) => d.text.includes(a))) }));
    const known = { entities, relations: dataset.relations.filter((r) => r.doc !== held.id) };
    return scoreDocument(held.id, held.text, analysisOf(held.text), known, {
      entities: dataset.entities,
      ids: gold.get(held.id) ?? new Set(),
      relations: dataset.relations.filter((r) => r.doc === held.id),
    });
  });
  return { documents, overall: total(documents) };
}

/**
 * The unseen set against the whole curated data. `convert` rewrites each text first (to
 * traditional script, say); the gold stays the same, since offsets and names are the same.
 */
export function evaluateUnseen(
  unseen: Dataset,
  curated: Dataset,
  analysisOf: AnalysisOf,
  convert: (text: string) => string = (t) => t,
): Evaluation {
  const forms = surfaceForms(unseen.entities);
  const known = { entities: curated.entities, relations: curated.relations };
  const documents = unseen.documents.map((held) => {
    const text = convert(held.text);
    return scoreDocument(held.id, text, analysisOf(text), known, {
      entities: [
        ...unseen.entities,
        ...curated.entities.filter((e) => !unseen.entities.some((u) => u.id === e.id)),
      ],
      ids: goldEntities(unseen, held.id, held.text, forms),
      relations: unseen.relations.filter((r) => r.doc === held.id),
    });
  });
  return { documents, overall: total(documents) };
}

/** The gold entities of one document: those its text names, and the ends of its relations. */
function goldEntities(
  dataset: Dataset,
  doc: string,
  text: string,
  forms: ReturnType<typeof surfaceForms>,
): Set<string> {
  const ids = new Set(findMentions(text, forms).keys());
  for (const r of dataset.relations) if (r.doc === doc) ids.add(r.source).add(r.target);
  return ids;
}

interface Gold {
  /** Every entity the gold may refer to (for names, types and matching new names to gold ids). */
  entities: readonly EntityRecord[];
  ids: ReadonlySet<string>;
  relations: readonly RelationRecord[];
}

function scoreDocument(
  doc: string,
  text: string,
  analysis: Analysis,
  known: { entities: readonly EntityRecord[]; relations: readonly RelationRecord[] },
  gold: Gold,
): DocumentScore {
  // Names compare in simplified script: a proposal from a traditional text is named in simplified.
  const key = (form: string): string => nameKey(toSimplified(form));
  const byKey = new Map<string, string>();
  for (const e of gold.entities)
    for (const form of [e.name_zh, ...e.aliases]) if (!byKey.has(key(form))) byKey.set(key(form), e.id);
  const byId = new Map(gold.entities.map((e) => [e.id, e]));
  const label = (id: string): string => byId.get(id)?.name_zh ?? id.replace(/^new:/, "");
  const result = extractDocument(doc, text, known, analysis);

  const predictedType = new Map<string, EntityType>();
  const resolve = (m: {
    known?: string;
    proposal?: { id: string };
    text: string;
    fullName?: string;
    type: EntityType;
  }): string => {
    const name = m.fullName ?? m.text;
    const id = m.known ?? m.proposal?.id ?? byKey.get(key(name)) ?? `new:${key(name)}`;
    if (!predictedType.has(id)) predictedType.set(id, byId.get(id)?.type ?? m.type);
    return id;
  };
  // Known entities named inside a longer name (西北工业大学 in 西工大宁波研究院) are proposed too.
  const nestedIds = result.mentions.flatMap((m) => m.nested);
  for (const id of nestedIds) {
    const type = byId.get(id)?.type;
    if (!predictedType.has(id) && type) predictedType.set(id, type);
  }
  const predicted = new Set([...result.mentions.map(resolve), ...nestedIds]);
  const goldType = (id: string): EntityType | undefined => byId.get(id)?.type;
  const ofTypes = (
    ids: ReadonlySet<string>,
    types: readonly EntityType[],
    typeOf: (id: string) => EntityType | undefined,
  ): Set<string> => new Set([...ids].filter((id) => types.includes(typeOf(id) ?? "Person")));
  const typeScore = (types: readonly EntityType[]): Score =>
    score(
      ofTypes(predicted, types, (id) => predictedType.get(id)),
      ofTypes(gold.ids, types, goldType),
    );
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, typeScore([t])])) as Record<
    EntityType,
    Score
  >;

  const predictedRelations = result.relations.map((r) => ({
    source: resolve(r.source),
    type: r.type,
    target: resolve(r.target),
  }));
  const predictedTyped = new Set(predictedRelations.map(typedKey));
  const goldTyped = new Set(gold.relations.map(typedKey));
  const show = (key: string): string =>
    key
      .split("|")
      .map((part) => (byId.has(part) || part.startsWith("new:") ? label(part) : part))
      .join(" ");
  return {
    doc,
    entities: score(predicted, gold.ids),
    organisations: typeScore(ORGANISATION_TYPES),
    byType,
    pairs: score(new Set(predictedRelations.map(pairKey)), new Set(gold.relations.map(pairKey))),
    typed: score(predictedTyped, goldTyped),
    quotesNotVerbatim: result.candidates.relations.filter((r) => !text.includes(r.quote)).length,
    details: {
      missed: [...gold.ids]
        .filter((id) => !predicted.has(id))
        .map((id) => `${goldType(id) ?? "?"} ${label(id)}`),
      wrong: [...predicted]
        .filter((id) => !gold.ids.has(id))
        .map((id) => `${predictedType.get(id) ?? "?"} ${label(id)}`),
      missedRelations: [...goldTyped].filter((k) => !predictedTyped.has(k)).map(show),
      wrongRelations: [...predictedTyped].filter((k) => !goldTyped.has(k)).map(show),
    },
  };
}

function total(documents: readonly DocumentScore[]): Scores {
  const of = (pick: (d: DocumentScore) => Score): Score => sum(documents.map(pick));
  return {
    entities: of((d) => d.entities),
    organisations: of((d) => d.organisations),
    byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, of((d) => d.byType[t])])) as Record<
      EntityType,
      Score
    >,
    pairs: of((d) => d.pairs),
    typed: of((d) => d.typed),
    quotesNotVerbatim: documents.reduce((n, d) => n + d.quotesNotVerbatim, 0),
  };
}

function pairKey(r: { source: string; target: string }): string {
  return [r.source, r.target].sort().join("|");
}

function typedKey(r: { source: string; type: RelationType; target: string }): string {
  return RELATION_TYPE_INFO[r.type].directed
    ? `${r.source}|${r.type}|${r.target}`
    : `${pairKey(r)}|${r.type}`;
}
