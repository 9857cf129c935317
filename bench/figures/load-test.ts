// README block figures:load-test, from the load test's results (npm run test:load writes them).
export const source = "tests/results/load-test.json";

interface LoadTestResults {
  date: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const n = (x: number) => Math.round(x).toLocaleString("en-US");

export function render(r: LoadTestResults): string {
  return [
    "| Clients | Seconds | Requests | Per second | Errors | Timeouts | Non-2xx | p50 | p95 | p99 | Slowest |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${r.connections} | ${r.seconds} | ${n(r.requests)} | ${n(r.requestsPerSecond)} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${n(r.latencyMs.p50)} ms | ${n(r.latencyMs.p95)} ms | ${n(r.latencyMs.p99)} ms | ${n(r.latencyMs.max)} ms |`,
    "",
    `From \`${source}\` (${r.date.slice(0, 10)}).`,
  ].join("\n");
}
