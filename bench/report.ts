// Writes bench/results/<timestamp>.json and prints the table: every figure beside its baseline and the ratio.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApiResult } from "./api.js";
import type { BrowserResult } from "./browser.js";
import type { LoadResult } from "./load.js";
import type { Machine, MemoryRow } from "./memory.js";

export interface BenchReport {
  startedAt: string;
  profile: "quick" | "full";
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

/** The report as Markdown tables (printed, and pasted into the README's Performance section). */
export function renderReport(r: BenchReport): string {
  const m = r.machine;
  const out = [
    `Machine: ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.java}${m.chromium ? `, ${m.chromium}` : ""}. Profile ${r.profile}, ${fmt(r.durationS)} s, ${r.startedAt}.`,
    "",
    "Load (relationships/s; baseline: plain batched UNWIND ... CREATE of the same rows into an empty database)",
    table(
      ["evidence rows", "relationships", "ours rel/s", "bare rel/s", "ratio", "ours phases (ms)"],
      r.load.map((l) => [
        String(l.evidenceRows),
        String(l.relationships),
        fmt(l.ours.relsPerSec),
        fmt(l.bare.relsPerSec),
        ratio(l.ratio),
        Object.entries(l.ours.phasesMs)
          .map(([k, v]) => `${k} ${v}`)
          .join(", "),
      ]),
    ),
    "",
    "API (ms; baseline: node:http + bare driver running the same Cypher in the same transactions)",
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
    "Browser (headless Chromium with SwiftShader: CPU-side costs are valid, GPU frame rates are not; baseline: a bare sigma page over the same graph)",
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
        fmt(b.app.heapMiB),
        fmt(b.bare.heapMiB),
        fmt(b.fa2.workerItPerSec, 1),
        fmt(b.fa2.syncItPerSec, 1),
        ratio(b.fa2.workerItPerSec / b.fa2.syncItPerSec),
      ]),
    ),
    "",
    "Memory (resident MiB)",
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

/** Writes the JSON beside the other results (git-ignored) and returns its path. */
export function writeReport(r: BenchReport): string {
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${r.startedAt.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
