// `npm run validate [-- --data DIR]`: checks the data files and prints every problem as
// file:line:column, then a summary; exits 1 on any error so CI blocks bad data.
import { parseArgs } from "node:util";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";

const { values } = parseArgs({ options: { data: { type: "string", default: "data" } } });
const dir = values.data ?? "data";
const result = validateDataDirectory(dir);
for (const issue of result.issues) {
  const line = formatIssue({ ...issue, file: `${dir.replace(/\/+$/, "")}/${issue.file}` });
  (issue.severity === "error" ? console.error : console.log)(line);
}
const errors = result.issues.filter((issue) => issue.severity === "error").length;
const warnings = result.issues.length - errors;
if (result.dataset) {
  const { documents, entities, relations } = result.dataset;
  console.log(
    `${dir}: valid: ${documents.length} documents, ${entities.length} entities, ${relations.length} relation rows; ${warnings} warning(s); data version ${result.dataVersion?.slice(0, 12)}`,
  );
} else {
  console.error(`${dir}: ${errors} error(s), ${warnings} warning(s); fix the errors above and run again`);
  process.exitCode = 1;
}
