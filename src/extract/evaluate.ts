// Leave-one-document-out evaluation: for each document, the gazetteer is built from the other
// documents only (entities they mention, with only the aliases their texts use), the extractor
// runs on the held-out text, and its proposals are scored against the curated data for that
// document: entities (overall, per type, organisations only), relations by entity pair, and
// relations by pair and type. The misses and false positives are kept for `--details`.
import { findMentions, surfaceForms } from "../data/mentions.js";
import type { Dataset, EntityRecord } from "../model/records.js";
import { ENTITY_TYPES, RELATION_TYPE_INFO, type EntityType, type RelationType } from "../model/vocabulary.js";
import { extractDocument } from "./extract.js";
import { nameKey } from "./keys.js";
import { score, sum, type Score } from "./score.js";

export type { Score } from "./score.js";
export { formatDetails, formatEvaluation } from "./evaluate-format.js";

/** The types the issue is about: organisations a new document names (people, places and programmes aside). */
export const ORGANISATION_TYPES: readonly EntityType[] = ["Institution", "Company", "Fund", "Park"];

export interface DocumentScore {
  doc: string;
  entities: Score;
  organisations: Score;
  byType: Record<EntityType, Score>;
  pairs: Score;
  typed: Score;
  /** Gold entities not found, proposals not in the gold, relations missed and wrongly proposed. */
  details: { missed: string[]; wrong: string[]; missedRelations: string[]; wrongRelations: string[] };
}

export interface Evaluation {
  documents: DocumentScore[];
  /** Micro averages over all held-out documents. */
  overall: {
    entities: Score;
    organisations: Score;
    byType: Record<EntityType, Score>;
    pairs: Score;
    typed: Score;
  };
}

/** Runs the evaluation over every document of `dataset`. */
export function evaluateLeaveOneOut(dataset: Dataset): Evaluation {
  const forms = surfaceForms(dataset.entities);
  const byKey = new Map<string, string>();
  for (const e of dataset.entities)
    for (const form of [e.name_zh, ...e.aliases]) byKey.set(nameKey(form), e.id);
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const mentionedIn = new Map(dataset.documents.map((d) => [d.id, goldEntities(d.id, d.text)]));

  function goldEntities(doc: string, text: string): Set<string> {
    const ids = new Set(findMentions(text, forms).keys());
    for (const r of dataset.relations) if (r.doc === doc) ids.add(r.source).add(r.target);
    return ids;
  }
  const label = (id: string): string => byId.get(id)?.name_zh ?? id.replace(/^new:/, "");

  const documents = dataset.documents.map((held): DocumentScore => {
    const others = dataset.documents.filter((d) => d.id !== held.id);
    const trainIds = new Set(others.flatMap((d) => [...(mentionedIn.get(d.id) ?? [])]));
    const entities: EntityRecord[] = dataset.entities
      .filter((e) => trainIds.has(e.id))
      .map((e) => ({ ...e, aliases: e.aliases.filter((a) => others.some((d) => d.text.includes(a))) }));
    const relations = dataset.relations.filter((r) => r.doc !== held.id);
    const result = extractDocument(held.id, held.text, { entities, relations });

    const predictedType = new Map<string, EntityType>();
    const resolve = (m: {
      known?: string;
      proposal?: { id: string };
      text: string;
      fullName?: string;
      type: EntityType;
    }): string => {
      const id =
        m.known ??
        m.proposal?.id ??
        byKey.get(nameKey(m.fullName ?? m.text)) ??
        `new:${nameKey(m.fullName ?? m.text)}`;
      if (!predictedType.has(id)) predictedType.set(id, byId.get(id)?.type ?? m.type);
      return id;
    };
    // Known entities named inside a longer name (西北工业大学 in 西工大宁波研究院) are proposed too.
    const nestedIds = result.mentions.flatMap((m) => m.nested);
    for (const id of nestedIds)
      if (!predictedType.has(id) && byId.has(id)) predictedType.set(id, byId.get(id)!.type);
    const predicted = new Set([...result.mentions.map(resolve), ...nestedIds]);
    const gold = mentionedIn.get(held.id) ?? new Set<string>();
    const goldType = (id: string): EntityType | undefined => byId.get(id)?.type;
    const ofTypes = (
      ids: ReadonlySet<string>,
      types: readonly EntityType[],
      typeOf: (id: string) => EntityType | undefined,
    ): Set<string> => new Set([...ids].filter((id) => types.includes(typeOf(id) ?? "Person")));
    const typeScore = (types: readonly EntityType[]): Score =>
      score(
        ofTypes(predicted, types, (id) => predictedType.get(id)),
        ofTypes(gold, types, goldType),
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
    const goldRelations = dataset.relations.filter((r) => r.doc === held.id);
    const predictedTyped = new Set(predictedRelations.map(typedKey));
    const goldTyped = new Set(goldRelations.map(typedKey));
    const show = (key: string): string =>
      key
        .split("|")
        .map((part) => (byId.has(part) || part.startsWith("new:") ? label(part) : part))
        .join(" ");
    return {
      doc: held.id,
      entities: score(predicted, gold),
      organisations: typeScore(ORGANISATION_TYPES),
      byType,
      pairs: score(new Set(predictedRelations.map(pairKey)), new Set(goldRelations.map(pairKey))),
      typed: score(predictedTyped, goldTyped),
      details: {
        missed: [...gold]
          .filter((id) => !predicted.has(id))
          .map((id) => `${goldType(id) ?? "?"} ${label(id)}`),
        wrong: [...predicted]
          .filter((id) => !gold.has(id))
          .map((id) => `${predictedType.get(id) ?? "?"} ${label(id)}`),
        missedRelations: [...goldTyped].filter((k) => !predictedTyped.has(k)).map(show),
        wrongRelations: [...predictedTyped].filter((k) => !goldTyped.has(k)).map(show),
      },
    };
  });
  const total = (pick: (d: DocumentScore) => Score): Score => sum(documents.map(pick));
  return {
    documents,
    overall: {
      entities: total((d) => d.entities),
      organisations: total((d) => d.organisations),
      byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, total((d) => d.byType[t])])) as Record<
        EntityType,
        Score
      >,
      pairs: total((d) => d.pairs),
      typed: total((d) => d.typed),
    },
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
