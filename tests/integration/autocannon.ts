// autocannon (no bundled types) behind a small typed wrapper, and the request mix the load and fault
// tests share: search, entity, neighbourhood and path requests over real ids of data/.
import { createRequire } from "node:module";

export interface CannonRequest {
  method: "GET";
  path: string;
}

export interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests: CannonRequest[];
  timeout?: number;
}

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  max: number;
}

interface CannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  "4xx": number;
  "5xx": number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}

export interface CannonInstance extends Promise<CannonResult> {
  stop(): void;
  on(
    event: "response",
    listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
  ): void;
}

const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (options: CannonOptions) => CannonInstance;

export function runCannon(options: CannonOptions): CannonInstance {
  return autocannon(options);
}

/** Entity ids of data/ that the mix uses: hubs and leaves, with a path between several of them. */
const IDS = ["yongjiang-lab", "geely", "fotile", "dafeng-industry", "exciton-technology"] as const;

/** A request mix that cycles through every kind of read the explorer makes. */
export function requestMix(): CannonRequest[] {
  const q = (text: string) => `/api/search?q=${encodeURIComponent(text)}&limit=20`;
  const paths: string[] = [q("甬江"), q("ningbo"), q("nb"), q("吉利"), q("Laboratory")];
  for (const id of IDS) {
    paths.push(`/api/entities/${id}`, `/api/neighbourhood?id=${id}&depth=2&limit=100`);
  }
  paths.push(
    `/api/paths?from=${IDS[0]}&to=${IDS[1]}&maxLength=4`,
    `/api/paths?from=${IDS[2]}&to=${IDS[3]}&maxLength=4`,
  );
  return paths.map((path) => ({ method: "GET", path }));
}

/** Percentile bound for a latency list (ms), for callers that record their own timings. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
