// The API server's settings from the environment: one zod rule per variable (as src/db/config.ts does
// for NEO4J_*), defaults, and errors that name the variable to change.
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  /** Interface to bind; loopback by default so a laptop does not expose the database behind it. */
  host: string;
  port: number;
  /** `/api/graph` returns the whole graph up to this many nodes, else the most connected ones. */
  graphOverviewLimit: number;
  /** Every read transaction is given this timeout; past it the API answers 504. */
  queryTimeoutMs: number;
  /** Requests per minute per client address; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Whether loopback clients (127.0.0.1, ::1) are limited too; off so local use is never throttled. */
  rateLimitLoopback: boolean;
  /** The one origin allowed to call the API from another site (CORS); "" keeps CORS closed. */
  corsOrigin: string;
  /**
   * What `npm start` logs: at `warn` (the default) only problems; at `info` one line per request.
   */
  logLevel: LogLevel;
  /** When set, the log goes to this file (JSON lines) instead of the terminal. */
  logFile: string;
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  host: "127.0.0.1",
  port: 8080,
  graphOverviewLimit: 500,
  queryTimeoutMs: 5000,
  rateLimitPerMinute: 0,
  rateLimitLoopback: false,
  corsOrigin: "",
  logLevel: "warn",
  logFile: "",
};

export class ServerConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`server config: ${variable} ${message}`);
    this.name = "ServerConfigError";
  }
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .describe(`an integer from ${min} to ${max}`);

const boolean = z
  .string()
  .transform((raw) => raw.toLowerCase())
  .pipe(z.enum(["1", "true", "yes", "on", "0", "false", "no", "off"]))
  .transform((value) => ["1", "true", "yes", "on"].includes(value))
  .describe("true or false");

/** Each setting: its variable and the rule its (trimmed, non-empty) value must pass. */
const rules = {
  host: ["HOST", z.string().min(1).describe("a host to bind, e.g. 127.0.0.1")],
  port: ["PORT", integer(0, 65535)],
  graphOverviewLimit: ["GRAPH_OVERVIEW_LIMIT", integer(1, 100_000)],
  queryTimeoutMs: ["QUERY_TIMEOUT_MS", integer(100, 600_000)],
  rateLimitPerMinute: ["RATE_LIMIT_PER_MINUTE", integer(0, 1_000_000)],
  rateLimitLoopback: ["RATE_LIMIT_LOOPBACK", boolean],
  corsOrigin: [
    "CORS_ORIGIN",
    z
      .string()
      .transform((raw) => raw.replace(/\/$/, ""))
      .pipe(z.string().regex(/^https?:\/\/[^\s/]+$/))
      .describe("one origin such as https://example.org (scheme and host, no path)"),
  ],
  logLevel: ["LOG_LEVEL", z.enum(LOG_LEVELS).describe(`one of ${LOG_LEVELS.join(", ")}`)],
  logFile: ["LOG_FILE", z.string().describe("a file path")],
} as const satisfies { [K in keyof ServerConfig]: readonly [string, z.ZodType<ServerConfig[K], string>] };

function read<K extends keyof ServerConfig>(
  key: K,
  env: Record<string, string | undefined>,
): ServerConfig[K] {
  const [variable, schema] = rules[key];
  const raw = env[variable]?.trim();
  // An empty value (a blank line in .env) means "not set", not "set to nothing".
  if (raw === undefined || raw === "") return DEFAULT_SERVER_CONFIG[key];
  const parsed = (schema as unknown as z.ZodType<ServerConfig[K], string>).safeParse(raw);
  if (!parsed.success)
    throw new ServerConfigError(variable, `must be ${schema.description ?? "valid"}, got "${raw}"`);
  return parsed.data;
}

/** Reads HOST, PORT, GRAPH_OVERVIEW_LIMIT, QUERY_TIMEOUT_MS, RATE_LIMIT_*, CORS_ORIGIN, LOG_LEVEL, LOG_FILE. */
export function readServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const config = {} as Record<keyof ServerConfig, unknown>;
  for (const key of Object.keys(rules) as (keyof ServerConfig)[]) config[key] = read(key, env);
  return config as unknown as ServerConfig;
}

/** Checks a config built in code (tests, export:site) by the same rules, naming the first bad setting. */
export function validateServerConfig(config: ServerConfig): ServerConfig {
  const asEnv: Record<string, string> = {};
  for (const [key, [variable]] of Object.entries(rules)) {
    const value = config[key as keyof ServerConfig];
    asEnv[variable] = typeof value === "boolean" ? String(value) : String(value);
  }
  if (config.host.trim() === "")
    throw new ServerConfigError("HOST", 'must not be empty (e.g. 127.0.0.1), got ""');
  return readServerConfig(asEnv);
}
