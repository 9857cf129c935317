// npm run bench [-- --full]: load, API, browser and memory benchmarks, each figure beside a baseline
// measured in the same run; writes bench/results/<timestamp>.json and prints the tables.
import { validateDataDirectory } from "../src/data/validate.js";
import { benchApi, type ApiCase } from "./api.js";
import { benchBrowser } from "./browser.js";
import { benchLoad } from "./load.js";
import { describeMachine, type MemoryRow } from "./memory.js";
import type { BenchNeo4j } from "./neo.js";
import { renderReport, writeReport, type BenchReport } from "./report.js";
import { degrees, mergeDatasets, syntheticEcosystem } from "./synthetic.js";

const full = process.argv.includes("--full");
const LOAD_SIZES = full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
/** The API is measured on this size (with the real data beside it, for search). */
const API_SIZE = 100_000;
const BROWSER_SIZES = full ? [1_000, 10_000, 50_000, 100_000] : [1_000, 10_000];
const API_SECONDS = full ? 5 : 3;
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const real = validateDataDirectory(new URL("../data", import.meta.url).pathname).dataset;
if (!real) throw new Error("bench: data/ does not validate; run npm run validate and fix it first");

const report: BenchReport = {
  startedAt: new Date(started).toISOString(),
  profile: full ? "full" : "quick",
  durationS: 0,
  machine: describeMachine(),
  load: [],
  api: [],
  browser: [],
  memory: [],
  notes: [
    "Browser figures come from headless Chromium with SwiftShader (WebGL on the CPU): first-frame time, render CPU time and heap are valid; frame intervals include software GPU work and are not GPU frame rates.",
    "Load baseline is a plain batched UNWIND ... CREATE (batches of 10,000, one index on Entity.id) of the same entities and merged relationships; neo4j-admin import cannot run from the embedded Maven artifacts here. Ours also validates, computes pinyin and mentions, and writes a new generation with (id, gen) constraints and full-text index.",
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

let kept: BenchNeo4j | undefined;
try {
  for (const size of LOAD_SIZES) {
    const synthetic = syntheticEcosystem({ relations: size, seed: 1 });
    const dataset = size === API_SIZE ? mergeDatasets(synthetic, real) : synthetic;
    log(
      `load ${size}: ${dataset.entities.length} entities, ${dataset.relations.length} evidence rows, ${dataset.documents.length} documents`,
    );
    const { result, db } = await benchLoad(dataset, size === API_SIZE, log);
    report.load.push(result);
    report.memory.push({
      what: "Neo4j (java) after load",
      size: `${result.relationships} rels`,
      oursMiB: result.javaRssMiB.ours,
      baselineMiB: result.javaRssMiB.bare,
      baseline: "same JVM settings after the bare load",
    });
    if (db) {
      kept = db;
      const api = await benchApi(db, apiCases(synthetic), [1, 8, 32], API_SECONDS, log);
      report.api.push(...api.results);
      report.memory.push({
        what: "API server after the API bench",
        size: `${result.relationships} rels`,
        oursMiB: api.serverRssMiB.app,
        baselineMiB: api.serverRssMiB.bare,
        baseline: "bare node:http + driver server",
      } satisfies MemoryRow);
      await db.dispose();
      kept = undefined;
    }
  }
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
} finally {
  await kept?.dispose();
}
report.notes.push(await (await import("./extract.js")).extractNote());
report.durationS = Math.round((Date.now() - started) / 1000);
const file = writeReport(report);
console.log(`\n${renderReport(report)}\n\nWritten to ${file}`);
