// npm run bench [-- --full]: load, API, browser and memory benchmarks, each figure beside a baseline
// measured in the same run; writes bench/results/latest.json (latest-full.json) and prints the tables.
// BENCH_SHARED="..." records what else ran on the machine meanwhile.
import { validateDataDirectory } from "../src/data/validate.js";
import { benchApi, type ApiCase } from "./api.js";
import { benchBrowser } from "./browser.js";
import { benchLoad } from "./load.js";
import { describeMachine, type MemoryRow } from "./memory.js";
import type { BenchNeo4j } from "./neo.js";
import { renderReport, writeReport, type BenchReport } from "./report.js";
import { degrees, mergeDatasets, syntheticEcosystem } from "./synthetic.js";

const full = process.argv.includes("--full");
/** BENCH_LOAD_SIZES / BENCH_BROWSER_SIZES (comma-separated) narrow a profile; the report records the sizes run. */
const sizes = (name: string, fallback: number[]) =>
  process.env[name] ? process.env[name].split(",").map(Number) : fallback;
const LOAD_SIZES = sizes("BENCH_LOAD_SIZES", full ? [100_000, 1_000_000] : [10_000, 100_000]);
/** The API is measured on this size (with the real data beside it, for search). */
const API_SIZE = 100_000;
const BROWSER_SIZES = sizes("BENCH_BROWSER_SIZES", full ? [10_000, 100_000] : [1_000, 10_000]);
const API_SECONDS = full ? 5 : 3;
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const real = validateDataDirectory(new URL("../data", import.meta.url).pathname).dataset;
if (!real) throw new Error("bench: data/ does not validate; run npm run validate and fix it first");

const report: BenchReport = {
  startedAt: new Date(started).toISOString(),
  profile: full ? "full" : "quick",
  sizes: { load: LOAD_SIZES, api: LOAD_SIZES.includes(API_SIZE) ? [API_SIZE] : [], browser: BROWSER_SIZES },
  complete: false,
  ...(process.env.BENCH_SHARED ? { sharedWith: process.env.BENCH_SHARED } : {}),
  durationS: 0,
  machine: describeMachine(),
  load: [],
  api: [],
  browser: [],
  memory: [],
  notes: [
    "Browser figures come from headless Chromium with SwiftShader (WebGL on the CPU): first-frame time, render CPU time and heap are valid; frame intervals include software GPU work and are not GPU frame rates.",
    "Transactional baseline: a plain batched UNWIND ... CREATE (batches of 10,000, one index on Entity.id and Document.id) of the loader's own rows (documents, entities, mentions, relations). Ours also validates the data directory, builds the rows (pinyin, mentions), writes a new generation under (id, gen) constraints, a full-text and a TEXT index, verifies and switches. Bulk baseline: neo4j-admin database import full of the same CSV files, run from the launcher's classpath (org.neo4j.cli.AdminTool), JVM start included; ours adds validation, rows, CSV writing, a staging Neo4j start, list fills, schema and index population, verification, and the stop, swap and restart of the live Neo4j.",
  ],
};

/** Cases on the loaded graph: a typical entity and the biggest hub, a real-data search, a path. */
function apiCases(dataset: ReturnType<typeof syntheticEcosystem>): ApiCase[] {
  const sorted = [...degrees(dataset).entries()].sort((a, b) => b[1] - a[1]);
  const hub = sorted[0]![0];
  const typical = sorted.filter(([id, d]) => d === 5 && id.startsWith("syn-company-"));
  const [a, b] = [typical[0]![0], typical[Math.floor(typical.length / 2)]![0]];
  const q = encodeURIComponent("工商银行");
  return [
    { name: "search 工商银行", app: `/api/search?q=${q}`, bare: `/search?q=${q}` },
    {
      name: "neighbourhood d1",
      app: `/api/neighbourhood?id=${a}&depth=1`,
      bare: `/neighbourhood?id=${a}&depth=1`,
    },
    {
      name: "neighbourhood d1 hub",
      app: `/api/neighbourhood?id=${hub}&depth=1`,
      bare: `/neighbourhood?id=${hub}&depth=1`,
    },
    {
      name: "neighbourhood d2",
      app: `/api/neighbourhood?id=${a}&depth=2`,
      bare: `/neighbourhood?id=${a}&depth=2`,
    },
    {
      name: "neighbourhood d2 hub",
      app: `/api/neighbourhood?id=${hub}&depth=2`,
      bare: `/neighbourhood?id=${hub}&depth=2`,
    },
    { name: "paths", app: `/api/paths?from=${a}&to=${b}`, bare: `/paths?from=${a}&to=${b}` },
  ];
}

function save(): string {
  report.durationS = Math.round((Date.now() - started) / 1000);
  return writeReport(report);
}

let kept: BenchNeo4j | undefined;
try {
  // The browser first: it is the shortest section, and each section is saved as it finishes.
  const browser = await benchBrowser(BROWSER_SIZES, log);
  report.browser = browser.results;
  report.machine.chromium = browser.chromium;
  for (const b of browser.results)
    report.memory.push({
      what: "browser JS heap (after GC)",
      size: `${b.nodes} nodes`,
      oursMiB: Math.round(b.app.heapMiB),
      baselineMiB: Math.round(b.bare.heapMiB),
      baseline: "bare sigma page",
    });
  save();
  for (const size of LOAD_SIZES) {
    const synthetic = syntheticEcosystem({ relations: size, seed: 1 });
    const dataset = size === API_SIZE ? mergeDatasets(synthetic, real) : synthetic;
    log(
      `load ${size}: ${dataset.entities.length} entities, ${dataset.relations.length} evidence rows, ${dataset.documents.length} documents`,
    );
    const { result, db } = await benchLoad(dataset, { keep: size === API_SIZE, bulk: true }, log);
    report.load.push(result);
    save(); // each finished section is kept, should a later one fail
    report.memory.push({
      what: "Neo4j (java) after two loads",
      size: `${result.relations} rels`,
      oursMiB: result.javaRssMiB.ours,
      baselineMiB: result.javaRssMiB.bare,
      baseline: "same JVM settings after the two bare loads",
    });
    if (db) {
      kept = db;
      const api = await benchApi(db, apiCases(synthetic), [1, 8, 32], API_SECONDS, log);
      report.api.push(...api.results);
      report.memory.push({
        what: "API server after the API bench",
        size: `${result.relations} rels`,
        oursMiB: api.serverRssMiB.app,
        baselineMiB: api.serverRssMiB.bare,
        baseline: "bare node:http + driver server",
      } satisfies MemoryRow);
      await db.dispose();
      kept = undefined;
    }
  }
} finally {
  await kept?.dispose();
}
report.notes.push(await (await import("./extract.js")).extractNote());
report.complete = true;
const file = save();
console.log(`\n${renderReport(report)}\n\nWritten to ${file}`);
