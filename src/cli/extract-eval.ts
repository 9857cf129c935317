// npm run extract:eval [-- --json] [--details] [--data DIR]: leave-one-document-out evaluation of the
// extractor against the curated data; prints a table (or JSON) of precision and recall, and with
// --details the misses and false positives of each document.
import { resolve } from "node:path";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import { evaluateLeaveOneOut, formatDetails, formatEvaluation } from "../extract/evaluate.js";

const args = process.argv.slice(2);
const dataAt = args.indexOf("--data");
const dataDir = resolve(dataAt >= 0 ? (args[dataAt + 1] ?? "data") : "data");
const result = validateDataDirectory(dataDir);
if (!result.dataset) {
  for (const issue of result.issues.filter((i) => i.severity === "error")) console.error(formatIssue(issue));
  console.error(
    `extract:eval: the data in ${dataDir} has errors (above); fix them first (npm run validate).`,
  );
  process.exit(1);
}
const evaluation = evaluateLeaveOneOut(result.dataset);
if (args.includes("--json")) console.log(JSON.stringify(evaluation, null, 2));
else {
  if (args.includes("--details")) console.log(`${formatDetails(evaluation)}\n`);
  console.log(formatEvaluation(evaluation));
}
