// The extractor's speed: documents (and characters) per second over the curated documents, the
// whole pipeline (opencc + LAC + rules) beside the rules alone on analyses made beforehand. Used by
// bench/extract.ts (npm run bench) and recorded by npm run extract:eval in its results file.
import { performance } from "node:perf_hooks";
import { validateDataDirectory } from "../data/validate.js";
import { analyse, type Analysis } from "./analysis.js";
import { extractDocument } from "./extract.js";
import { Lac } from "./lac/lac.js";

interface ExtractBench {
  documents: number;
  characters: number;
  rounds: number;
  /** opencc + LAC + rules, per document. */
  pipelineDocsPerSecond: number;
  pipelineCharsPerSecond: number;
  /** The rules alone, on analyses made beforehand: the baseline the model's cost is read against. */
  rulesDocsPerSecond: number;
}

export async function benchExtract(rounds = 3, dataDir = "data"): Promise<ExtractBench> {
  const dataset = validateDataDirectory(dataDir).dataset;
  if (!dataset) throw new Error("bench: data/ does not validate; run npm run validate first");
  const lac = await Lac.load();
  const known = { entities: dataset.entities, relations: dataset.relations };
  const docs = dataset.documents;
  const characters = docs.reduce((n, d) => n + d.text.length, 0);
  await analyse(docs[0]!.text, lac); // warm-up: the first ONNX run allocates
  let start = performance.now();
  const analyses: Analysis[] = [];
  for (let r = 0; r < rounds; r++)
    for (const doc of docs) {
      const analysis = await analyse(doc.text, lac);
      extractDocument(doc.id, doc.text, known, analysis);
      if (r === 0) analyses.push(analysis);
    }
  const pipelineSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  for (let r = 0; r < rounds; r++)
    docs.forEach((doc, i) => extractDocument(doc.id, doc.text, known, analyses[i]!));
  const rulesSeconds = (performance.now() - start) / 1000;
  return {
    documents: docs.length,
    characters,
    rounds,
    pipelineDocsPerSecond: (docs.length * rounds) / pipelineSeconds,
    pipelineCharsPerSecond: (characters * rounds) / pipelineSeconds,
    rulesDocsPerSecond: (docs.length * rounds) / rulesSeconds,
  };
}

export function describeExtractBench(b: ExtractBench): string {
  return `Extraction: ${b.pipelineDocsPerSecond.toFixed(2)} docs/s (${Math.round(b.pipelineCharsPerSecond)} chars/s) with opencc + LAC + rules over the ${b.documents} curated documents (${b.characters} chars, ${b.rounds} round${b.rounds === 1 ? "" : "s"}, one thread); the rules alone on ready analyses: ${b.rulesDocsPerSecond.toFixed(1)} docs/s.`;
}
