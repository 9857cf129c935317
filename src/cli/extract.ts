// npm run extract -- path/to/doc.txt [--out DIR] [--data DIR]: proposes candidate entities and
// relations for review (CSV files in DIR, default extract-out/<name>) and prints a summary.
// npm run extract -- --accept DIR [--data DIR]: merges the rows marked accept into data/, through
// the loader's validation; writes nothing when the merged data would not validate.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../data/issues.js";
import { validateDataDirectory } from "../data/validate.js";
import { acceptCandidates } from "../extract/accept.js";
import { analyse } from "../extract/analysis.js";
import { Lac } from "../extract/lac/lac.js";
import { LacModelError } from "../extract/lac/model.js";
import { extractDocument } from "../extract/extract.js";
import { documentRow, readCandidateFolder, writeCandidateFolder } from "../extract/output.js";
import { formatSummary } from "../extract/summary.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, data: { type: "string", default: "data" }, accept: { type: "string" } },
});
const dataDir = resolve(values.data ?? "data");

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

if (values.accept !== undefined) {
  const dir =
    existsSync(values.accept) && statSync(values.accept).isDirectory()
      ? values.accept
      : dirname(values.accept);
  const read = readCandidateFolder(dir);
  if (!read.folder) {
    for (const issue of read.issues) console.error(formatIssue({ ...issue, file: join(dir, issue.file) }));
    fail(`cannot read the candidate folder ${dir} (problems above)`);
  }
  const report = acceptCandidates(read.folder, dataDir);
  for (const issue of report.issues)
    (issue.severity === "error" ? console.error : console.log)(
      formatIssue({ ...issue, file: join(issue.message.startsWith("refused:") ? dir : dataDir, issue.file) }),
    );
  if (report.changes.length > 0) {
    console.log(report.ok ? "extract: adding:" : "extract: would have added:");
    for (const line of report.changes) console.log(`  ${line}`);
  }
  if (!report.ok)
    fail(
      `rows were refused or the merged data would not validate (errors above); nothing was written to ${dataDir}. Fix the rows in ${dir} and accept again.`,
    );
  const { entities, relations, aliases, document } = report.added;
  console.log(
    `extract: merged into ${dataDir}: ${entities} entities, ${relations} relations, ${aliases} aliases${document ? ", and the document" : ""}. Load with npm run load.`,
  );
} else {
  const file =
    positionals[0] ?? fail("give the document to read: npm run extract -- path/to/doc.txt [--out DIR]");
  if (!existsSync(file)) fail(`no such file ${file}; check the path`);
  const id =
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "new-document";
  const known = validateDataDirectory(dataDir);
  if (!known.dataset) {
    for (const issue of known.issues.filter((i) => i.severity === "error")) console.error(formatIssue(issue));
    fail(`the data in ${dataDir} has errors (above); the gazetteer needs valid data: run npm run validate`);
  }
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  let lac: Lac;
  try {
    lac = await Lac.load();
  } catch (error) {
    fail(error instanceof LacModelError ? error.message : String(error));
  }
  const result = extractDocument(id, text, known.dataset, await analyse(text, lac));
  const outDir = values.out ?? join("extract-out", id);
  writeCandidateFolder(outDir, { candidates: result.candidates, document: documentRow(id, text), text });
  console.log(formatSummary(id, result.candidates, outDir));
}
