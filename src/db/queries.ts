// The one database-access module for reads: named Cypher queries from cypher/*.cypher, run in read
// transactions with a timeout, results turned into plain JSON values, database errors mapped to API errors.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { createOutageProbe } from "./probe.js";

/** cypher/ beside src/, wherever the process was started from. */
const DEFAULT_CYPHER_DIR = resolve(fileURLToPath(new URL("../../cypher", import.meta.url)));

export type Row = Record<string, unknown>;
type Params = Record<string, unknown>;
/** Runs one named query inside the current read transaction. */
export type RunInTransaction = (name: string, params?: Params) => Promise<Row[]>;

export interface QueryRunner {
  /** Runs one named query in its own read transaction. */
  run(name: string, params?: Params): Promise<Row[]>;
  /** Runs several named queries in one read transaction, so they all see the same generation. */
  read<T>(work: (run: RunInTransaction) => Promise<T>): Promise<T>;
  /** Throws a QueryError (503) when the database cannot be reached. */
  ping(): Promise<void>;
  readonly names: readonly string[];
}

export interface QueryRunnerOptions {
  database?: string;
  timeoutMs: number;
  cypherDir?: string;
  /**
   * A read still running after this long triggers a connectivity probe (default 500 ms); if the probe
   * fails the read answers 503 at once instead of waiting out the driver's retries (issue 9: 503s
   * within 2 s of the database going away).
   */
  probeAfterMs?: number;
}

/** A database failure as the API reports it: 503 while Neo4j is away, 504 past the timeout. */
export class QueryError extends Error {
  constructor(
    readonly status: 500 | 503 | 504,
    readonly kind: "unavailable" | "timeout" | "failed",
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "QueryError";
  }
}

/** Reads every `*.cypher` file in `dir` (the loader's are there too, harmless: this runner only reads) into a map by file name without the extension. */
export function loadNamedQueries(dir: string = DEFAULT_CYPHER_DIR): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".cypher")) continue;
    queries.set(basename(file, ".cypher"), readFileSync(join(dir, file), "utf8"));
  }
  return queries;
}

/** Turns neo4j Integers (and nodes, relationships, nested lists and maps) into plain JSON values. */
function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== "object") return value;
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  const out: Row = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

/** JS numbers reach Cypher as floats, which LIMIT and range() refuse; whole numbers go as integers. */
function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCypherParams(inner)]));
  }
  return value;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "ECONNREFUSED",
  "ECONNRESET",
]);

/** The one place that decides how a database error reaches the API. */
function mapDatabaseError(error: unknown): QueryError {
  if (error instanceof QueryError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    /timed? ?out.*transaction|transaction.*timed? ?out/i.test(message)
  ) {
    return new QueryError(
      504,
      "timeout",
      "The query took too long and was stopped; narrow it (lower depth or limit) and try again.",
      error,
    );
  }
  if (
    UNAVAILABLE_CODES.has(code) ||
    /ECONNREFUSED|Could not perform discovery|Failed to connect|connection.*(closed|refused)/i.test(message)
  ) {
    return new QueryError(
      503,
      "unavailable",
      "The graph database is not reachable right now; try again in a moment.",
      error,
    );
  }
  return new QueryError(
    500,
    "failed",
    "The graph query failed; this is a bug in the server, please report it.",
    error,
  );
}

/** Builds the runner over one driver; reads cypher/ once, here, not per request. */
export function createQueryRunner(driver: Driver, options: QueryRunnerOptions): QueryRunner {
  const queries = loadNamedQueries(options.cypherDir);
  const txConfig = { timeout: options.timeoutMs };

  const textOf = (name: string): string => {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`queries: no named query "${name}"; add cypher/${name}.cypher`);
    return text;
  };
  const runIn =
    (tx: ManagedTransaction) =>
    async (name: string, params: Params = {}) => {
      const result = await tx.run(textOf(name), toCypherParams(params) as Params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    };

  const unreachable = () =>
    new QueryError(
      503,
      "unavailable",
      "The graph database is not reachable right now; try again in a moment.",
    );
  /** Past the deadline: a database that answers a ping is slow (504); one that does not is away (503). */
  const diagnoseLate = async (): Promise<QueryError> => {
    const verdict = driver.verifyConnectivity({ database: options.database }).then(
      () =>
        new QueryError(504, "timeout", "The query took too long and was stopped; narrow it and try again."),
      (error: unknown) => mapDatabaseError(error),
    );
    return Promise.race([verdict, sleep(2000).then(unreachable)]);
  };

  // The driver retries an unreachable server for its whole retry window (30 s by default) and a
  // connect can hang as long; the API should answer sooner, so every call gets a deadline.
  const withDeadline = async <T>(work: Promise<T>, onLate: () => Promise<QueryError>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => void onLate().then(reject), options.timeoutMs + 1000);
    });
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };

  const outage = createOutageProbe(driver, {
    database: options.database,
    probeAfterMs: options.probeAfterMs ?? 500,
    onDown: (error) => mapDatabaseError(error),
  });

  const read = async <T>(work: (run: RunInTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    const pending = session.executeRead((tx) => work(runIn(tx)), txConfig);
    const watch = outage.watch();
    try {
      return await withDeadline(Promise.race([pending, watch.down]), diagnoseLate);
    } catch (error) {
      // Errors the work itself throws (a 404 found mid-transaction) pass through unchanged.
      throw error instanceof Neo4jError ? mapDatabaseError(error) : error;
    } finally {
      watch.cancel();
      // Closing waits for a transaction still being retried; do not hold the request for it.
      pending.catch(() => undefined).finally(() => void session.close().catch(() => undefined));
    }
  };

  return {
    names: [...queries.keys()],
    read,
    run: (name, params) => read((run) => run(name, params)),
    ping: async () => {
      try {
        await withDeadline(
          driver.verifyConnectivity({ database: options.database }).then(() => undefined),
          async () => unreachable(),
        );
      } catch (error) {
        throw mapDatabaseError(error);
      }
    },
  };
}
