// Issue 16: every answer of every route (success and error, Fastify's and Node's own included) matches
// what /api/openapi.json declares for that operation and status, checked with ajv (JSON Schema 2020-12,
// as OpenAPI 3.1 uses it). A status the document does not declare fails too.
import { request as httpRequest } from "node:http";
import Ajv2020 from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EdgeEvidenceResponse, Subgraph } from "../../src/model/api.js";
import { edgeFacets, facetOf } from "../../src/model/evidence.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { useTestNeo4j } from "./helpers.js";

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

const neo = useTestNeo4j();
let app: FastifyInstance;
let document: Json;
let ajv: InstanceType<typeof Ajv2020>;
const checked = new Map<string, Set<number>>();

/** The OpenAPI path template ("/api/entities/{id}") a concrete path belongs to. */
function operationOf(path: string): { template: string; operation: Json } {
  const paths = document.paths as Record<string, Json>;
  for (const [template, item] of Object.entries(paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(path)) return { template, operation: item.get as Json };
  }
  throw new Error(`contract: ${path} is not in the OpenAPI document`);
}

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Asserts `answer` to GET `url` is declared for its operation and status, and its body fits the schema. */
function expectDeclared(url: string, answer: Answer): void {
  const path = url.split("?")[0]!;
  const { template, operation } = operationOf(path);
  const responses = operation.responses as Record<string, Json>;
  const declared = responses[String(answer.status)];
  expect(declared, `${url} answered ${answer.status}, which ${template} does not declare`).toBeDefined();
  (checked.get(template) ?? checked.set(template, new Set()).get(template)!).add(answer.status);
  if (answer.status === 304) return expect(answer.body).toBe("");
  expect(String(answer.headers["content-type"])).toMatch(/^application\/json/);
  const ref = `openapi#/${pointer("paths", template, "get", "responses", String(answer.status), "content", "application/json", "schema")}`;
  const validate = ajv.getSchema(ref);
  expect(validate, `no schema at ${ref}`).toBeDefined();
  const ok = validate!(answer.body);
  expect(ok, `${url} (${answer.status}) does not match its schema: ${ajv.errorsText(validate!.errors)}`).toBe(
    true,
  );
}

async function get(url: string, headers: Record<string, string> = {}, on = app): Promise<Answer> {
  const res = await on.inject({ method: "GET", url, headers });
  return { status: res.statusCode, headers: res.headers, body: res.body === "" ? "" : res.json() };
}

/** A raw HTTP request on a listening app, for what inject cannot send (huge headers). */
function raw(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000 },
    logger: false,
  });
  document = (await app.inject("/api/openapi.json")).json<Json>();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, "openapi");
});
afterAll(async () => {
  await app?.close();
});

describe("the OpenAPI document", () => {
  it("names every operation, declares servers, and types every 200 answer", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([expect.objectContaining({ url: "/" })]);
    for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
      const get = item.get as Json;
      expect(get.operationId, path).toEqual(expect.any(String));
      const ok = (get.responses as Record<string, Json>)["200"]!;
      const schema = (ok.content as Json)["application/json"] as Json;
      // A real schema (a $ref to a component or an object with properties), never a bare {type: object}.
      expect(JSON.stringify(schema.schema), path).toMatch(/"\$ref"|"properties"/);
    }
  });

  it("lists relTypes and types as strict as the server: known names only", async () => {
    const neighbourhood = (document.paths as Record<string, Json>)["/api/neighbourhood"]!.get as Json;
    const relTypes = (neighbourhood.parameters as Json[]).find((p) => p.name === "relTypes")!;
    const pattern = new RegExp((relTypes.schema as Json).pattern as string);
    expect(pattern.test("INVESTED_IN, LOCATED_IN")).toBe(true);
    expect(pattern.test("INVESTED_IN,HATES")).toBe(false);
    expect((await get("/api/neighbourhood?id=ningbo&relTypes=INVESTED_IN,HATES")).status).toBe(400);
  });
});

describe("every answer matches its declared schema", () => {
  it("answers of every route, success and error", async () => {
    const graph = (await get("/api/graph")).body as Subgraph;
    const edge = graph.edges.find((e) => e.evidenceCount > 1)!;
    const documents = (await get("/api/documents")).body as { documents: { id: string }[] };
    const fund = graph.nodes.find((n) => n.type === "Fund")!;
    const notFund = graph.nodes.find((n) => n.type !== "Fund")!;
    const urls = [
      "/api/health",
      "/api/stats",
      "/api/graph",
      "/api/graph?limit=5",
      "/api/graph?evidence=all",
      "/api/graph?limit=0",
      "/api/search?q=宁波",
      "/api/search?q=",
      "/api/search?q=x&limit=999",
      `/api/entities/${edge.source}`,
      "/api/entities/no-such-entity",
      `/api/evidence?source=${edge.source}&type=${edge.type}&target=${edge.target}`,
      `/api/evidence?source=${edge.source}&type=HATES&target=${edge.target}`,
      `/api/evidence?source=${edge.target}&type=${edge.type}&target=${edge.source}x`,
      "/api/neighbourhood?id=ningbo&depth=2&limit=500",
      "/api/neighbourhood?id=ningbo&types=Company,Fund&relTypes=INVESTED_IN,LOCATED_IN",
      "/api/neighbourhood?id=ningbo&depth=9",
      "/api/neighbourhood?id=no-such-entity",
      `/api/paths?from=${edge.source}&to=${edge.target}`,
      `/api/paths?from=${edge.source}&to=${edge.source}`,
      "/api/paths?from=ningbo&to=no-such-entity",
      "/api/paths?from=ningbo",
      `/api/funds/${fund.id}/trace?direction=both&depth=3`,
      `/api/funds/${notFund.id}/trace`,
      "/api/funds/no-such-fund/trace",
      "/api/funds/x/trace?direction=sideways",
      "/api/documents",
      `/api/documents/${documents.documents[0]!.id}`,
      "/api/documents/no-such-document",
      // Fastify's own: a path that is not valid percent-encoding, and a URL over the length limit.
      "/api/entities/%zz",
      `/api/search?q=${"x".repeat(9000)}`,
    ];
    for (const url of urls) {
      const answer = await get(url);
      // A 500 is declared too (it is what the serializer answers when a body breaks its schema).
      expect(answer.status, `${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
      expectDeclared(url, answer);
    }
    for (const status of [200, 400, 404])
      expect(checked.get("/api/neighbourhood")?.has(status), `neighbourhood ${status}`).toBe(true);
    // Every operation was seen answering 200.
    const templates = Object.keys(document.paths as Json);
    expect(templates.filter((t) => !checked.get(t)?.has(200))).toEqual([]);
  });

  it("summarised edges carry the facets of every piece of evidence, declared in the document", async () => {
    const schemas = (document.components as Json).schemas as Record<string, Json>;
    expect(Object.keys((schemas.GraphEdge!.properties as Json) ?? {})).toContain("facets");
    expect(Object.keys((schemas.EvidenceFacet!.properties as Json) ?? {}).sort()).toEqual([
      "certainty",
      "date",
      "doc",
    ]);
    const hub = (await get("/api/neighbourhood?id=ningbo&depth=2&limit=500")).body as Subgraph;
    const many = hub.edges.filter((e) => e.evidenceCount > 1);
    expect(many.length).toBeGreaterThan(5);
    for (const e of hub.edges) {
      expect(e.evidence).toHaveLength(1);
      const url = `/api/evidence?source=${e.source}&type=${e.type}&target=${e.target}`;
      const full = ((await get(url)).body as EdgeEvidenceResponse).edge;
      expect(edgeFacets(e), e.id).toEqual(full.evidence.map(facetOf));
      // One piece is its own facet; the copy is left out of the answer.
      expect(e.facets === undefined, e.id).toBe(e.evidenceCount === 1);
    }
  });

  it("304 on a matching If-None-Match, declared and empty", async () => {
    const first = await get("/api/stats");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expectDeclared("/api/stats", await get("/api/stats", { "if-none-match": etag }));
    expect(checked.get("/api/stats")?.has(304)).toBe(true);
  });

  it("431 from Node for headers too large, in the one error shape", async () => {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const answer = await raw(port, "/api/stats", { "x-big": "y".repeat(20_000) });
    expect(answer.status).toBe(431);
    expectDeclared("/api/stats", answer);
  });

  it("429 from the rate limit, in the one error shape", async () => {
    const limited = await buildApp({
      driver: neo.driver,
      database: neo.database,
      config: { ...DEFAULT_SERVER_CONFIG, rateLimitPerMinute: 2, rateLimitLoopback: true },
      logger: false,
    });
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await get("/api/health", {}, limited));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expectDeclared("/api/health", answers[2]!);
    } finally {
      await limited.close();
    }
  });

  it("503 on every route while the database is away, in the shapes declared", async () => {
    const dead = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "wrong-password"), {
      connectionTimeout: 500,
      maxTransactionRetryTime: 0,
    });
    const away = await buildApp({
      driver: dead,
      database: neo.database,
      config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 1000 },
      logger: false,
    });
    try {
      for (const url of [
        "/api/health",
        "/api/stats",
        "/api/graph",
        "/api/entities/ningbo",
        "/api/search?q=a",
      ]) {
        const answer = await get(url, {}, away);
        expect(answer.status, url).toBe(503);
        expectDeclared(url, answer);
      }
    } finally {
      await away.close();
      await dead.close();
    }
  });
});

describe("methods and unknown paths", () => {
  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "QUERY"])(
    "%s on a known path is 405 with Allow, in the error shape",
    async (method) => {
      const res = await app.inject({
        method: method as "POST",
        url: "/api/search?q=a",
        payload: method === "TRACE" ? undefined : "{}",
        headers: { "content-type": "application/json" },
      });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD");
      expect(ajv.validate("openapi#/components/schemas/Error", res.json())).toBe(true);
    },
  );
  it("an unknown /api path is 404 in the error shape, for any method", async () => {
    for (const method of ["GET", "POST"] as const) {
      const res = await app.inject({ method, url: "/api/nothing-here" });
      expect(res.statusCode).toBe(404);
      expect(ajv.validate("openapi#/components/schemas/Error", res.json())).toBe(true);
    }
  });
});
