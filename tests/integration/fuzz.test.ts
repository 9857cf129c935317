// Issue 9, hostile input: every API parameter fuzzed with fast-check (Cypher fragments, huge and
// negative numbers, Unicode edge cases, very long strings, repeated parameters, broken escapes).
// Only 2xx and 4xx may come back, never 5xx, and the graph is unchanged afterwards (checksum).
// FUZZ_RUNS sets the runs per route (default 60, enough for CI; try 1000 locally).
import type { FastifyInstance } from "fastify";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphChecksum, type GraphChecksum } from "../../src/db/load/checksum.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { useTestNeo4j } from "./helpers.js";

const RUNS = Number(process.env.FUZZ_RUNS) || 60;
const neo = useTestNeo4j();
let app: FastifyInstance;
let before: GraphChecksum;

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: DEFAULT_SERVER_CONFIG,
    logger: false,
  });
  before = await graphChecksum(neo.driver, neo.database);
});

afterAll(async () => {
  await app?.close();
});

const CYPHER = [
  "' OR 1=1 //",
  '" OR true RETURN n //',
  "}) DETACH DELETE n //",
  "MATCH (n) DETACH DELETE n",
  "x`) CALL db.labels() //",
  "$q",
  "/* */ CREATE (:Evil)",
  "yongjiang-lab' WITH 1 AS x MATCH (n) SET n.name_zh = 'pwned' //",
  "\\u0027; CALL dbms.security.createUser('x','y',false)",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "*:*",
  "name_zh:甬* AND NOT x~",
  "a\\",
  "[",
];
const NUMBERS = [
  "-1",
  "0",
  "-0",
  "1e309",
  "9007199254740993",
  "99999999999999999999999",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1.5",
  "1e2",
  " 2 ",
  "",
  "null",
  "true",
  "[]",
  "{}",
];
const UNICODE = [
  "\u200f\u202eRTL",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦",
  "\u{20000}\u{2A6D6}",
  "\ufeff",
  "\u0000",
  "\u2028\u2029",
  "宁波\u200b",
  "ﬁ",
  "İ",
  "\ud800",
  "\udfff",
];
/** Already percent-encoded or raw URL junk, placed into the URL as is. */
const RAW = ["%", "%zz", "%FF", "%C0%AF", "%00", "%E5%AE", "..%2F..%2Fetc%2Fpasswd", "a%26b%3Dc", "%2500"];

type Value = { raw: string } | { text: string };

const text = fc.oneof(
  fc.constantFrom(...CYPHER, ...NUMBERS, ...UNICODE),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ minLength: 150, maxLength: 6000 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom("yongjiang-lab", "geely", "Fund", "Company,Park", "INVESTED_IN,FUNDS", "up", "down"),
);
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: text.map((t) => ({ text: t })) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW).map((r) => ({ raw: r })) },
);

/** Percent-encodes as UTF-8; lone surrogates become U+FFFD as a browser would send them. */
function encode(v: Value): string {
  if ("raw" in v) return v.raw;
  return Buffer.from(v.text, "utf8")
    .toString("binary")
    .replace(/[^A-Za-z0-9\-_.~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A query string from (name, values[]) pairs, so repeated parameters (?q=a&q=b) happen too. */
const query = (names: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...names, "unknown", "__proto__", "constructor"),
        fc.array(value, { minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 5 },
    )
    .map((pairs) => pairs.flatMap(([name, values]) => values.map((v) => `${name}=${encode(v)}`)).join("&"));

const ROUTES: { name: string; url: fc.Arbitrary<string> }[] = [
  { name: "search", url: query(["q", "limit"]).map((qs) => `/api/search?${qs}`) },
  {
    name: "entities/:id",
    url: fc.tuple(value, query(["id"])).map(([id, qs]) => `/api/entities/${encode(id)}?${qs}`),
  },
  {
    name: "neighbourhood",
    url: query(["id", "depth", "types", "relTypes", "limit"]).map((qs) => `/api/neighbourhood?${qs}`),
  },
  {
    name: "paths",
    url: query(["from", "to", "maxLength", "types", "relTypes"]).map((qs) => `/api/paths?${qs}`),
  },
  {
    name: "funds/:id/trace",
    url: fc
      .tuple(value, query(["direction", "depth"]))
      .map(([id, qs]) => `/api/funds/${encode(id)}/trace?${qs}`),
  },
  { name: "graph", url: query(["limit"]).map((qs) => `/api/graph?${qs}`) },
  { name: "documents/:id", url: value.map((id) => `/api/documents/${encode(id)}`) },
  {
    name: "health, stats, documents",
    url: fc
      .tuple(fc.constantFrom("/api/health", "/api/stats", "/api/documents"), query(["q", "id"]))
      .map(([p, qs]) => `${p}?${qs}`),
  },
];

describe("hostile parameters", () => {
  it.each(ROUTES)("$name answers only 2xx or 4xx, with a JSON error for 4xx", async ({ url }) => {
    await fc.assert(
      fc.asyncProperty(url, async (path) => {
        const response = await app.inject({ method: "GET", url: path });
        expect(response.statusCode, path).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json(), path).toHaveProperty("error");
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED) || undefined },
    );
  });

  it("leaves the graph unchanged (checksum before and after)", async () => {
    expect(await graphChecksum(neo.driver, neo.database)).toEqual(before);
  });
});

describe("size limits", () => {
  it("refuses a URL over 8192 characters with 414 and a request body with 4xx", async () => {
    const long = await app.inject({ method: "GET", url: `/api/search?q=${"a".repeat(9000)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error).toMatch(/over the 8192 limit/);
    const body = await app.inject({
      method: "POST",
      url: "/api/search",
      payload: "x".repeat(20_000),
      headers: { "content-type": "text/plain" },
    });
    expect(body.statusCode).toBeGreaterThanOrEqual(400);
    expect(body.statusCode).toBeLessThan(500);
  });
});
