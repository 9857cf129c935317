// The evaluation as plain-text tables: per document, per entity type, and (on request) the misses
// and false positives of each document, for tuning rules without guessing.
import { ENTITY_TYPES } from "../model/vocabulary.js";
import type { Evaluation, Score, Scores } from "./evaluate.js";

const cell = (s: Score): string =>
  `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)} (${s.tp}/${s.predicted}/${s.gold})`.padEnd(26);

/** One row per document and a micro-average row; then entity scores by type. */
export function formatEvaluation(evaluation: Evaluation): string {
  const header = `${"held-out document".padEnd(30)}${"entities P / R (tp/pred/gold)".padEnd(32)}${"organisations P / R".padEnd(28)}${"pairs P / R".padEnd(26)}pair+type P / R`;
  const row = (name: string, d: Scores): string =>
    `${name.padEnd(30)}${cell(d.entities).padEnd(32)}${cell(d.organisations).padEnd(28)}${cell(d.pairs)}${cell(d.typed)}`;
  const o = evaluation.overall;
  const types = ENTITY_TYPES.filter((t) => o.byType[t].gold + o.byType[t].predicted > 0).map(
    (t) => `  ${t.padEnd(12)}${cell(o.byType[t])}`,
  );
  return [
    header,
    ...evaluation.documents.map((d) => row(d.doc, d)),
    row("all (micro)", o),
    "",
    "entities by type (all documents, P / R (tp/pred/gold)):",
    ...types,
  ].join("\n");
}

/** Per document: the gold entities missed, the proposals not in the gold, and the same for relations. */
export function formatDetails(evaluation: Evaluation): string {
  return evaluation.documents
    .map((d) =>
      [
        `== ${d.doc}`,
        `missed entities (${d.details.missed.length}): ${d.details.missed.join("; ")}`,
        `wrong entities (${d.details.wrong.length}): ${d.details.wrong.join("; ")}`,
        `missed relations (${d.details.missedRelations.length}):`,
        ...d.details.missedRelations.map((r) => `  ${r}`),
        `wrong relations (${d.details.wrongRelations.length}):`,
        ...d.details.wrongRelations.map((r) => `  ${r}`),
      ].join("\n"),
    )
    .join("\n\n");
}
