// Child process for the API bench's baseline: node:http plus the bare driver, running the same named
// Cypher queries, with the same parameters, in the same read transactions as each route, and returning
// the records as JSON. No validation, mapping or framework: what is left is the floor for our API.
// Usage: tsx bench/servers/bare-server.ts <boltUri> <password> <httpPort>; prints READY when listening.
import { createServer } from "node:http";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { createDriver } from "../../src/db/driver.js";
import { loadNamedQueries } from "../../src/db/queries.js";
import { SEARCH_SCORES, WORD_SEPARATORS, searchQuery } from "../../src/model/search-rank.js";
import { luceneQuery } from "../../src/server/search-text.js";

const [uri, password, port] = process.argv.slice(2);
if (!uri || !password || !port)
  throw new Error("bare-server: usage: tsx bench/servers/bare-server.ts <boltUri> <password> <httpPort>");
const driver = createDriver({ uri, username: "neo4j", password });
const queries = loadNamedQueries();
const q = (name: string): string => queries.get(name) ?? "";
const int = neo4j.int;
const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
const rows = async (tx: ManagedTransaction, name: string, params: Record<string, unknown>) =>
  (await tx.run(q(name), params)).records.map((r) => r.toObject());
const idOf = (node: unknown): string => {
  const n = node as { properties?: { id?: string }; id?: string };
  return n.properties?.id ?? n.id ?? "";
};

type Handler = (p: URLSearchParams, tx: ManagedTransaction) => Promise<unknown>;
const handlers: Record<string, Handler> = {
  "/search": async (p, tx) => {
    const text = p.get("q") ?? "";
    const found = await rows(tx, "search", {
      ...searchQuery(text),
      scores: Object.fromEntries(Object.entries(SEARCH_SCORES).map(([k, v]) => [k, int(v)])),
      separators: WORD_SEPARATORS,
      limit: int(20),
    });
    const lucene = luceneQuery(text);
    const fuzzy =
      found.length < 20 && lucene !== "" ? await rows(tx, "search-fuzzy", { lucene, limit: int(20) }) : [];
    return { found, fuzzy };
  },
  "/neighbourhood": async (p, tx) => {
    const params = {
      id: p.get("id"),
      depth: int(Number(p.get("depth") ?? 1)),
      types: [],
      relTypes: [],
      levelCap: int(200),
      perNodeCap: int(200),
    };
    const [row] = await rows(tx, "neighbourhood", params);
    if (!row) return null;
    const all = [
      row.centre,
      ...(row.level1 as unknown[]),
      ...(row.level2 as unknown[]),
      ...(row.level3 as unknown[]),
    ];
    const ids = all.slice(0, 50).map(idOf);
    const edges = await rows(tx, "subgraph-edges", { ids, relTypes: [], edgeLimit: int(5000) });
    return { row, edges, titles: await rows(tx, "document-titles", {}) };
  },
  "/paths": async (p, tx) => {
    const from = p.get("from");
    const to = p.get("to");
    const ends = [await rows(tx, "entity-node", { id: from }), await rows(tx, "entity-node", { id: to })];
    const paths = await rows(tx, "paths", { from, to, types: [], relTypes: [], pathLimit: int(20) });
    return { ends, paths, titles: await rows(tx, "document-titles", {}) };
  },
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const handler = handlers[url.pathname];
  if (!handler) return void res.writeHead(404).end();
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  session
    .executeRead((tx) => handler(url.searchParams, tx), { timeout: 5000 })
    .then((body) => res.writeHead(200, { "content-type": "application/json" }).end(json(body)))
    .catch((error: unknown) => res.writeHead(500).end(String(error)))
    .finally(() => void session.close());
});
server.listen(Number(port), "127.0.0.1", () => console.log("READY"));
process.on("SIGTERM", () => server.close(() => void driver.close().then(() => process.exit(0))));
