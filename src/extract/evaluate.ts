// Leave-one-document-out evaluation: for each document, the gazetteer is built from the other
// documents only (entities they mention, with only the aliases their texts use), the extractor
// runs on the held-out text, and its proposals are scored against the curated data for that
// document: entities, relations by entity pair, and relations by pair and type.
import { findMentions, surfaceForms } from "../data/mentions.js";
import type { Dataset, EntityRecord } from "../model/records.js";
import { RELATION_TYPE_INFO, type RelationType } from "../model/vocabulary.js";
import { extractDocument } from "./extract.js";
import { nameKey } from "./keys.js";

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore {
  doc: string;
  entities: Score;
  pairs: Score;
  typed: Score;
}

export interface Evaluation {
  documents: DocumentScore[];
  /** Micro averages over all held-out documents. */
  overall: { entities: Score; pairs: Score; typed: Score };
}

/** Runs the evaluation over every document of `dataset`. */
export function evaluateLeaveOneOut(dataset: Dataset): Evaluation {
  const forms = surfaceForms(dataset.entities);
  const byKey = new Map<string, string>();
  for (const e of dataset.entities) for (const form of [e.name_zh, ...e.aliases]) byKey.set(nameKey(form), e.id);
  const mentionedIn = new Map(dataset.documents.map((d) => [d.id, goldEntities(d.id, d.text)]));

  function goldEntities(doc: string, text: string): Set<string> {
    const ids = new Set(findMentions(text, forms).keys());
    for (const r of dataset.relations) if (r.doc === doc) ids.add(r.source).add(r.target);
    return ids;
  }

  const documents = dataset.documents.map((held): DocumentScore => {
    const others = dataset.documents.filter((d) => d.id !== held.id);
    const trainIds = new Set(others.flatMap((d) => [...(mentionedIn.get(d.id) ?? [])]));
    const entities: EntityRecord[] = dataset.entities
      .filter((e) => trainIds.has(e.id))
      .map((e) => ({ ...e, aliases: e.aliases.filter((a) => others.some((d) => d.text.includes(a))) }));
    const relations = dataset.relations.filter((r) => r.doc !== held.id);
    const result = extractDocument(held.id, held.text, { entities, relations });

    const resolve = (m: { known?: string; proposal?: { id: string }; text: string; fullName?: string }): string =>
      m.known ?? m.proposal?.id ?? byKey.get(nameKey(m.fullName ?? m.text)) ?? `new:${nameKey(m.fullName ?? m.text)}`;
    const predictedEntities = new Set(result.mentions.map(resolve));
    const predictedRelations = result.relations.map((r) => ({ source: resolve(r.source), type: r.type, target: resolve(r.target) }));
    const goldRelations = dataset.relations.filter((r) => r.doc === held.id);
    return {
      doc: held.id,
      entities: score(predictedEntities, mentionedIn.get(held.id) ?? new Set()),
      pairs: score(new Set(predictedRelations.map(pairKey)), new Set(goldRelations.map(pairKey))),
      typed: score(new Set(predictedRelations.map(typedKey)), new Set(goldRelations.map(typedKey))),
    };
  });
  return {
    documents,
    overall: {
      entities: sum(documents.map((d) => d.entities)),
      pairs: sum(documents.map((d) => d.pairs)),
      typed: sum(documents.map((d) => d.typed)),
    },
  };
}

function pairKey(r: { source: string; target: string }): string {
  return [r.source, r.target].sort().join("|");
}

function typedKey(r: { source: string; type: RelationType; target: string }): string {
  return RELATION_TYPE_INFO[r.type].directed ? `${r.source}|${r.type}|${r.target}` : `${pairKey(r)}|${r.type}`;
}

function score(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Score {
  const tp = [...predicted].filter((p) => gold.has(p)).length;
  return finish(tp, predicted.size, gold.size);
}

function sum(scores: readonly Score[]): Score {
  const total = (key: "tp" | "predicted" | "gold"): number => scores.reduce((acc, s) => acc + s[key], 0);
  return finish(total("tp"), total("predicted"), total("gold"));
}

function finish(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** The evaluation as a plain-text table, one row per document and a micro-average row. */
export function formatEvaluation(evaluation: Evaluation): string {
  const cell = (s: Score): string => `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)} (${s.tp}/${s.predicted}/${s.gold})`.padEnd(26);
  const header = `${"held-out document".padEnd(30)}${"entities P / R (tp/pred/gold)".padEnd(32)}${"pairs P / R".padEnd(26)}pair+type P / R`;
  const rows = evaluation.documents.map((d) => `${d.doc.padEnd(30)}${cell(d.entities).padEnd(32)}${cell(d.pairs)}${cell(d.typed)}`);
  const o = evaluation.overall;
  return [header, ...rows, `${"all (micro)".padEnd(30)}${cell(o.entities).padEnd(32)}${cell(o.pairs)}${cell(o.typed)}`].join("\n");
}
