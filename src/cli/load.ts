// `npm run load [-- --data DIR] [--batch-size N] [--path bulk|transactional]`: validates the data and
// loads it into Neo4j as a new generation; on data errors prints each one and exits 1 having written nothing.
import { parseArgs } from "node:util";
import { formatIssue } from "../data/issues.js";
import { readNeo4jConfig } from "../db/config.js";
import { connectNeo4j } from "../db/driver.js";
import { DataValidationError, DEFAULT_BATCH_SIZE, loadDataDirectory } from "../db/loader.js";
import { describeWriteFailure } from "../db/load/write-errors.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    path: { type: "string" },
  },
});
const path = values.path;
if (path !== undefined && path !== "bulk" && path !== "transactional") {
  console.error(`load: --path must be bulk or transactional, got "${path}"`);
  process.exit(2);
}
const dir = values.data ?? "data";
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`load: --batch-size must be a positive integer, got "${values["batch-size"]}"`);
  process.exit(2);
}

const connection = await connectNeo4j(readNeo4jConfig(process.env));
try {
  const report = await loadDataDirectory(connection.driver, dir, {
    database: connection.database,
    batchSize,
    log: (line) => console.log(line),
    ...(connection.store ? { store: connection.store } : {}),
    ...(path ? { path } : {}),
  });
  for (const warning of report.warnings)
    console.log(formatIssue({ ...warning, file: `${dir}/${warning.file}` }));
  const { counts } = report;
  console.log(
    `loaded ${dir} as generation ${report.gen} (${report.path}) in ${report.durationMs} ms, then ${report.cleanupMs} ms removing the old one: ${counts.documents} documents, ${counts.entities} entities, ${counts.relations} relationships (${counts.evidence} evidence rows), ${counts.mentions} mentions; data version ${report.dataVersion.slice(0, 12)}`,
  );
  console.log(`  entities by type: ${JSON.stringify(counts.byEntityType)}`);
  console.log(`  relationships by type: ${JSON.stringify(counts.byRelationType)}`);
} catch (error) {
  const storage = describeWriteFailure(error);
  if (storage !== undefined) console.error(storage);
  else if (error instanceof DataValidationError) {
    for (const issue of error.issues) console.error(formatIssue({ ...issue, file: `${dir}/${issue.file}` }));
    console.error(
      `load: ${error.issues.filter((i) => i.severity === "error").length} data error(s) in ${dir}; nothing was written. Fix them and run again.`,
    );
  } else throw error;
  process.exitCode = 1;
} finally {
  await connection.close();
}
