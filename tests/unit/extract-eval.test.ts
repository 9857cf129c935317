// Runs the leave-one-document-out evaluation over the curated data and prints its figures. The
// floors are the figures measured when the extractor was written, minus a margin: a change that
// makes extraction clearly worse fails here.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDirectory } from "../../src/data/validate.js";
import { evaluateLeaveOneOut, formatEvaluation } from "../../src/extract/evaluate.js";

// Measured (issue 10, third pass): entities 0.76/0.68, organisations 0.77/0.78, pairs 0.63/0.25, pair+type 0.55/0.21.
const FLOORS = {
  entityPrecision: 0.7,
  entityRecall: 0.62,
  organisationPrecision: 0.71,
  organisationRecall: 0.72,
  pairPrecision: 0.56,
  pairRecall: 0.2,
  typedPrecision: 0.48,
  typedRecall: 0.17,
};

describe("extraction evaluation (leave one document out)", () => {
  it("scores entities and relations above the measured floors", () => {
    const result = validateDataDirectory(join(import.meta.dirname, "..", "..", "data"));
    expect(result.dataset, "data/ must validate").toBeDefined();
    const evaluation = evaluateLeaveOneOut(result.dataset!);
    console.log(`\n${formatEvaluation(evaluation)}\n`);
    const { entities, organisations, pairs, typed } = evaluation.overall;
    for (const s of [entities, pairs, typed]) {
      for (const v of [s.precision, s.recall]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(evaluation.documents).toHaveLength(result.dataset!.documents.length);
    expect(entities.precision).toBeGreaterThan(FLOORS.entityPrecision);
    expect(entities.recall).toBeGreaterThan(FLOORS.entityRecall);
    expect(pairs.precision).toBeGreaterThan(FLOORS.pairPrecision);
    expect(pairs.recall).toBeGreaterThan(FLOORS.pairRecall);
    expect(organisations.precision).toBeGreaterThan(FLOORS.organisationPrecision);
    expect(organisations.recall).toBeGreaterThan(FLOORS.organisationRecall);
    expect(typed.precision).toBeGreaterThan(FLOORS.typedPrecision);
    expect(typed.recall).toBeGreaterThan(FLOORS.typedRecall);
  });
});
