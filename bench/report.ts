// Writes bench/results/<timestamp>.json and prints the table: every figure beside its baseline and the ratio.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApiResult } from "./api.js";
import type { BrowserResult } from "./browser.js";
import type { LoadResult } from "./load.js";
import type { Machine, MemoryRow } from "./memory.js";

export interface BenchReport {
  startedAt: string;
  /** What else ran on the machine meanwhile (figures from a shared machine: read the ratios). */
  sharedWith?: string;
  profile: "quick" | "full";
  /** The sizes this run measured (a profile can be narrowed with BENCH_LOAD_SIZES, BENCH_BROWSER_SIZES). */
  sizes?: { load: number[]; api: number[]; browser: number[] };
  /** False while a run is under way or when it stopped part-way: the sections present are complete. */
  complete?: boolean;
  durationS: number;
  machine: Machine;
  load: LoadResult[];
  api: ApiResult[];
  browser: BrowserResult[];
  memory: MemoryRow[];
  notes: string[];
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : "n/a");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

const seconds = (ms: number) => fmt(ms / 1000, 1);
const perSec = (count: number, ms: number) => fmt(count / (ms / 1000));
/**
 * The bench times a phase from the progress line that opens it (bench/load.ts): a bulk step line
 * says what just finished, so the time after it belongs to the next step; named here for the reader.
 * What the progress lines do not cover (the end of the last phase, the switch) is "rest".
 */
const NEXT_STEP: Record<string, string> = {
  "validate+rows+schema": "validate, rows, CSV",
  "csv written": "import",
  imported: "staging start",
  "staging store started": "list fills",
  "empty lists filled": "schema",
  "schema online": "verify",
  verified: "staging stop",
  "staging store stopped": "live stop, swap, restart",
};
const phases = (p: Record<string, number> | undefined, totalMs: number, bulk = false) => {
  const entries = Object.entries(p ?? {});
  const rest = totalMs - entries.reduce((sum, [, v]) => sum + v, 0);
  return [
    ...entries.map(([k, v]) => `${bulk ? (NEXT_STEP[k] ?? k) : k} ${seconds(v)}`),
    `rest ${seconds(rest)}`,
  ].join(", ");
};

/** Transactional loads: ours beside the bare UNWIND ... CREATE, cold JVM and warm, time and rates. */
function transactionalTable(r: BenchReport): string {
  return table(
    [
      "evidence rows",
      "relations",
      "+ mentions",
      "JVM",
      "ours s",
      "bare s",
      "ours/bare speed",
      "ours relations/s",
      "ours all rels/s",
      "bare all rels/s",
      "cleanup after switch s",
      "ours phases (s)",
    ],
    r.load.flatMap((l) => {
      const all = l.relations + l.mentions;
      const t = l.transactional;
      return (["cold", "warm"] as const).map((jvm) => [
        String(l.evidenceRows),
        String(l.relations),
        String(l.mentions),
        jvm,
        seconds(t.ours[jvm].ms),
        seconds(t.bare[jvm].ms),
        ratio(t.bare[jvm].ms / t.ours[jvm].ms),
        perSec(l.relations, t.ours[jvm].ms),
        perSec(all, t.ours[jvm].ms),
        perSec(all, t.bare[jvm].ms),
        jvm === "warm" ? seconds(t.ours.warmCleanupMs) : "",
        phases(t.ours[jvm].phasesMs, t.ours[jvm].ms),
      ]);
    }),
  );
}

/** Bulk loads: ours end to end beside a bare neo4j-admin import of the same CSV files. */
function bulkTable(r: BenchReport): string {
  return table(
    [
      "evidence rows",
      "relations",
      "+ mentions",
      "ours end to end s",
      "bare import s",
      "ours/bare speed",
      "ours relations/s",
      "ours all rels/s",
      "bare all rels/s",
      "ours steps (s)",
    ],
    r.load
      .filter((l) => l.bulk)
      .map((l) => {
        const b = l.bulk!;
        const all = l.relations + l.mentions;
        return [
          String(l.evidenceRows),
          String(l.relations),
          String(l.mentions),
          seconds(b.ours.ms),
          seconds(b.bare.ms),
          ratio(b.bare.ms / b.ours.ms),
          perSec(l.relations, b.ours.ms),
          perSec(all, b.ours.ms),
          perSec(all, b.bare.ms),
          phases(b.ours.phasesMs, b.ours.ms, true),
        ];
      }),
  );
}

/** The report as Markdown tables (printed, and generated into the README's Performance section). */
export function renderReport(r: BenchReport): string {
  const m = r.machine;
  const out = [
    `Machine: ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.java}${m.chromium ? `, ${m.chromium}` : ""}. Profile ${r.profile}${r.sizes ? ` (loads of ${r.sizes.load.join(", ")} evidence rows; API on ${r.sizes.api.length ? r.sizes.api.join(", ") : "no graph: not run"}; browser at ${r.sizes.browser.join(", ")} nodes)` : ""}, ${fmt(r.durationS)} s, ${r.startedAt}${r.complete === false ? ", stopped part-way: only the sections below were measured" : ""}.${r.sharedWith ? ` ${r.sharedWith}` : ""}`,
    "",
    "Load, transactional path (cold: the first load into a just-started JVM; warm: a second load into the same JVM, for ours a reload beside the previous generation; baseline: a bare batched UNWIND ... CREATE of the same rows; speed ratio = bare time / ours)",
    "",
    transactionalTable(r),
    "",
    "Load, bulk path (ours end to end: validate, rows, CSV, neo4j-admin import, staging store, schema, verify, swap; baseline: a bare neo4j-admin import of the same CSV files)",
    "",
    bulkTable(r),
    "",
    "API (ms; baseline: node:http + bare driver running the same Cypher in the same transactions)",
    "",
    table(
      [
        "case",
        "clients",
        "p50",
        "p95",
        "p99",
        "req/s",
        "bare p50",
        "bare p95",
        "bare req/s",
        "p50 ratio",
        "req/s ratio",
        "errors",
      ],
      r.api.map((a) => [
        a.case,
        String(a.connections),
        fmt(a.app.p50, 1),
        fmt(a.app.p95, 1),
        fmt(a.app.p99, 1),
        fmt(a.app.reqPerSec),
        fmt(a.bare.p50, 1),
        fmt(a.bare.p95, 1),
        fmt(a.bare.reqPerSec),
        ratio(a.p50Ratio),
        ratio(a.throughputRatio),
        String(a.app.errors + a.bare.errors),
      ]),
    ),
    "",
    "Browser (headless Chromium with SwiftShader: CPU-side costs are valid, GPU frame rates are not; baseline: a bare sigma page over the same graph; expand-to-drawn: from an expansion's answer of 100 nodes handed to the page to the first frame that draws them; long tasks: main-thread tasks over 50 ms after the first full frame)",
    "",
    table(
      [
        "nodes",
        "edges",
        "first frame ms",
        "bare ms",
        "ratio",
        "frame ms (median)",
        "bare",
        "ratio",
        "expand-to-drawn ms",
        "bare",
        "long tasks",
        "longest ms",
        "heap MiB",
        "bare",
        "FA2 it/s worker",
        "FA2 it/s sync",
        "ratio",
      ],
      r.browser.map((b) => [
        String(b.nodes),
        String(b.edges),
        fmt(b.app.firstFrameMs),
        fmt(b.bare.firstFrameMs),
        ratio(b.app.firstFrameMs / b.bare.firstFrameMs),
        fmt(b.app.frameMs, 1),
        fmt(b.bare.frameMs, 1),
        ratio(b.app.frameMs / b.bare.frameMs),
        fmt(b.app.expandToDrawnMs),
        fmt(b.bare.expandToDrawnMs),
        String(b.app.longTasks.count),
        fmt(b.app.longTasks.maxMs),
        fmt(b.app.heapMiB),
        fmt(b.bare.heapMiB),
        fmt(b.fa2.workerItPerSec, 1),
        fmt(b.fa2.syncItPerSec, 1),
        ratio(b.fa2.workerItPerSec / b.fa2.syncItPerSec),
      ]),
    ),
    "",
    "Memory (resident MiB)",
    "",
    table(
      ["what", "size", "ours", "baseline", "ratio", "baseline is"],
      r.memory.map((x) => [
        x.what,
        x.size,
        fmt(x.oursMiB),
        fmt(x.baselineMiB),
        ratio(x.oursMiB / x.baselineMiB),
        x.baseline,
      ]),
    ),
    ...(r.notes.length ? ["", ...r.notes.map((n) => `- ${n}`)] : []),
  ];
  return out.join("\n");
}

/** The committed results of each profile, which the README's tables are generated from. */
export const RESULTS_FILES = {
  quick: "bench/results/latest.json",
  full: "bench/results/latest-full.json",
} as const;

/** Writes bench/results/latest.json (latest-full.json for --full) and returns its path. */
export function writeReport(r: BenchReport): string {
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = fileURLToPath(new URL(`../${RESULTS_FILES[r.profile]}`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
