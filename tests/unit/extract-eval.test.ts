// Runs the leave-one-document-out evaluation over the curated data and prints its figures. The
// floors are the figures measured when the extractor was written, minus a margin: a change that
// makes extraction clearly worse fails here.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDirectory } from "../../src/data/validate.js";
import { evaluateLeaveOneOut, formatEvaluation } from "../../src/extract/evaluate.js";

const FLOORS = { entityPrecision: 0.45, entityRecall: 0.45, pairPrecision: 0.25, pairRecall: 0.04 };

describe("extraction evaluation (leave one document out)", () => {
  it("scores entities and relations above the measured floors", () => {
    const result = validateDataDirectory(join(import.meta.dirname, "..", "..", "data"));
    expect(result.dataset, "data/ must validate").toBeDefined();
    const evaluation = evaluateLeaveOneOut(result.dataset!);
    console.log(`\n${formatEvaluation(evaluation)}\n`);
    const { entities, pairs, typed } = evaluation.overall;
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
  });
});
