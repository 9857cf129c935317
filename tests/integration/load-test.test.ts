// Issue 9, load: 64 concurrent clients on a mix of search, entity, neighbourhood and path requests
// against buildApp on loopback. Zero errors and zero non-2xx; throughput and latency percentiles are
// recorded in tests/results/load-test.json (no timed assertions). 8 s by default; LOAD_TEST_SECONDS=60
// for the full run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findFreePort } from "../../src/db/bundled.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { percentile, requestMix, runCannon } from "./autocannon.js";
import { useTestNeo4j } from "./helpers.js";

const SECONDS = Number(process.env.LOAD_TEST_SECONDS) || 8;
const CONNECTIONS = 64;
const RESULTS = join(import.meta.dirname, "..", "results");

const neo = useTestNeo4j();
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: DEFAULT_SERVER_CONFIG,
    logger: false,
  });
  const port = Number(process.env.LOAD_TEST_PORT) || (await findFreePort());
  await app.listen({ host: "127.0.0.1", port });
  url = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await app?.close();
});

it(`serves ${CONNECTIONS} concurrent clients for ${SECONDS} s with no error`, async () => {
  const mix = requestMix();
  // Every request of the mix answers 200 on its own first, so a failure below is about load.
  for (const { path } of mix)
    expect((await app.inject({ method: "GET", url: path })).statusCode, path).toBe(200);

  const cannon = runCannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: mix, timeout: 30 });
  // autocannon's histogram has no p95; keep every response time and read the percentiles off it.
  const times: number[] = [];
  cannon.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await cannon;
  times.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  const figures = {
    date: new Date().toISOString(),
    seconds: SECONDS,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: ms(percentile(times, 50)),
      p95: ms(percentile(times, 95)),
      p99: ms(percentile(times, 99)),
      max: ms(times.at(-1) ?? Number.NaN),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
  };
  // Only `npm run test:load` records its figures (see faults.test.ts for why).
  if (process.env.RECORD_RESULTS === "1") {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, "load-test.json"), `${JSON.stringify(figures, null, 2)}\n`);
  }
  console.log(`load-test: ${JSON.stringify(figures)}`);

  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThan(0);
});
