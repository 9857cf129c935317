// API benchmark: autocannon on loopback against our app and, interleaved case by case, against a bare
// node:http + driver server running the same Cypher; latency percentiles, req/s, overhead ratio, RSS.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { BenchNeo4j } from "./neo.js";
import { rssMiB } from "./neo.js";

export interface ApiCase {
  name: string;
  /** Path and query on our API, and the same question on the bare server. */
  app: string;
  bare: string;
}

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  reqPerSec: number;
  requests: number;
  errors: number;
}

export interface ApiResult {
  case: string;
  connections: number;
  app: LatencyStats;
  bare: LatencyStats;
  /** app p50 / bare p50 (1 = no overhead). */
  p50Ratio: number;
  /** app req/s / bare req/s. */
  throughputRatio: number;
}

const APP_PORT = 8771;
const BARE_PORT = 8772;

function startServer(script: string, db: BenchNeo4j, port: number): Promise<ChildProcess> {
  const path = fileURLToPath(new URL(`./servers/${script}`, import.meta.url));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path, db.neo.uri, db.neo.password, String(port)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bench: ${script} did not print READY within 60 s`)),
      60_000,
    );
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "READY") {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => reject(new Error(`bench: ${script} exited with code ${code} before READY`)));
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);
}

/** One autocannon run; latencies come from every response, so p95 is exact rather than autocannon's buckets. */
async function cannon(url: string, connections: number, seconds: number): Promise<LatencyStats> {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, timeout: 30 });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: r(percentile(times, 50)),
    p95: r(percentile(times, 95)),
    p99: r(percentile(times, 99)),
    reqPerSec: r(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/** Runs every case at every concurrency, app then bare back to back, after one short warm-up each. */
export async function benchApi(
  db: BenchNeo4j,
  cases: readonly ApiCase[],
  connections: readonly number[],
  seconds: number,
  log: (line: string) => void,
) {
  const app = await startServer("app-server.ts", db, APP_PORT);
  const bare = await startServer("bare-server.ts", db, BARE_PORT);
  try {
    const results: ApiResult[] = [];
    for (const c of cases) {
      await cannon(`http://127.0.0.1:${APP_PORT}${c.app}`, 4, 1);
      await cannon(`http://127.0.0.1:${BARE_PORT}${c.bare}`, 4, 1);
      for (const n of connections) {
        const a = await cannon(`http://127.0.0.1:${APP_PORT}${c.app}`, n, seconds);
        const b = await cannon(`http://127.0.0.1:${BARE_PORT}${c.bare}`, n, seconds);
        results.push({
          case: c.name,
          connections: n,
          app: a,
          bare: b,
          p50Ratio: a.p50 / b.p50,
          throughputRatio: a.reqPerSec / b.reqPerSec,
        });
        log(
          `api: ${c.name} x${n}: app p50 ${a.p50} ms p95 ${a.p95} ms ${a.reqPerSec} req/s (${a.errors} errors); bare p50 ${b.p50} ms ${b.reqPerSec} req/s`,
        );
      }
    }
    return { results, serverRssMiB: { app: rssMiB(app.pid!), bare: rssMiB(bare.pid!) } };
  } finally {
    app.kill("SIGTERM");
    bare.kill("SIGTERM");
  }
}
