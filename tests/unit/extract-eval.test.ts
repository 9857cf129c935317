// The extractor's evaluation: leave one document out on the curated data, and the unseen-set path
// (simplified and converted to traditional script) on a tiny fixture in the data format. The
// floors are the figures measured when the rules were last tuned, minus a margin: a change that
// makes extraction clearly worse fails here.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDirectory } from "../../src/data/validate.js";
import type { Dataset } from "../../src/model/records.js";
import { analyse, type Analysis } from "../../src/extract/analysis.js";
import { evaluateLeaveOneOut, evaluateUnseen } from "../../src/extract/evaluate.js";
import { formatEvaluation } from "../../src/extract/evaluate-format.js";
import { toTraditional } from "../../src/extract/script.js";
import { lac } from "./extract-lac.js";

const ROOT = join(import.meta.dirname, "..", "..");
// Measured (issue 14, LAC + rules): entities 0.75/0.67, organisations 0.77/0.75, pairs 0.71/0.21, pair+type 0.59/0.17.
const FLOORS = {
  entityPrecision: 0.7,
  entityRecall: 0.6,
  organisationPrecision: 0.71,
  organisationRecall: 0.69,
  pairPrecision: 0.64,
  pairRecall: 0.17,
  typedPrecision: 0.52,
  typedRecall: 0.14,
};

let curated: Dataset;
let mini: Dataset;
const analyses = new Map<string, Analysis>();
const analysisOf = (text: string): Analysis => {
  const found = analyses.get(text);
  if (!found) throw new Error("not analysed");
  return found;
};

beforeAll(async () => {
  curated = validateDataDirectory(join(ROOT, "data")).dataset!;
  mini = validateDataDirectory(join(ROOT, "tests", "fixtures", "extract-unseen-mini")).dataset!;
  const model = await lac();
  const texts = [...curated.documents, ...mini.documents].flatMap((d) => [d.text, toTraditional(d.text)]);
  for (const text of texts) analyses.set(text, await analyse(text, model));
}, 120_000);

describe("extraction evaluation", () => {
  it("scores the curated documents, one left out at a time, above the measured floors", () => {
    const evaluation = evaluateLeaveOneOut(curated, analysisOf);
    console.log(`\n${formatEvaluation(evaluation)}\n`);
    const { entities, organisations, pairs, typed } = evaluation.overall;
    expect(evaluation.documents).toHaveLength(curated.documents.length);
    expect(entities.gold).toBeGreaterThan(200);
    expect(entities.precision).toBeGreaterThan(FLOORS.entityPrecision);
    expect(entities.recall).toBeGreaterThan(FLOORS.entityRecall);
    expect(organisations.precision).toBeGreaterThan(FLOORS.organisationPrecision);
    expect(organisations.recall).toBeGreaterThan(FLOORS.organisationRecall);
    expect(pairs.precision).toBeGreaterThan(FLOORS.pairPrecision);
    expect(pairs.recall).toBeGreaterThan(FLOORS.pairRecall);
    expect(typed.precision).toBeGreaterThan(FLOORS.typedPrecision);
    expect(typed.recall).toBeGreaterThan(FLOORS.typedRecall);
    expect(evaluation.overall.quotesNotVerbatim).toBe(0);
  });

  it("scores an unseen set against its own gold, with new names matched to its ids", () => {
    const evaluation = evaluateUnseen(mini, curated, analysisOf);
    const [doc] = evaluation.documents;
    expect(doc?.entities.gold).toBe(9);
    // The fixture's new names (复旦杭州湾科创园, 崔平) and the known zone under another name.
    expect(doc?.details.missed).not.toContain("Park 复旦杭州湾科创园");
    expect(doc?.details.missed).not.toContain("Person 崔平");
    expect(doc?.details.missed).not.toContain("Institution 宁波高新技术产业开发区管理委员会");
    expect(doc?.details.wrongRelations).not.toContain("复旦杭州湾科创园 LOCATED_IN 杭州市");
    expect(evaluation.overall.organisations.tp).toBeGreaterThanOrEqual(6);
    expect(evaluation.overall.pairs.tp).toBeGreaterThanOrEqual(3);
  });

  it("scores the same unseen set in traditional script as in simplified, quotes verbatim in traditional", () => {
    const simplified = evaluateUnseen(mini, curated, analysisOf);
    const traditional = evaluateUnseen(mini, curated, analysisOf, toTraditional);
    expect(traditional.overall.organisations.tp).toBeGreaterThan(0);
    expect(traditional.overall.organisations.f1).toBeCloseTo(simplified.overall.organisations.f1, 5);
    expect(traditional.overall.pairs.f1).toBeCloseTo(simplified.overall.pairs.f1, 5);
    expect(traditional.overall.quotesNotVerbatim).toBe(0);
  });
});
