// The API server's settings: typed interface, defaults, and one validator that names the bad variable.

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
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  host: "127.0.0.1",
  port: 8080,
  graphOverviewLimit: 500,
  queryTimeoutMs: 5000,
  rateLimitPerMinute: 0,
  rateLimitLoopback: false,
  corsOrigin: "",
};

/** Environment variable behind each setting, so errors can name what the user has to change. */
const ENV_NAMES: Record<keyof ServerConfig, string> = {
  host: "HOST",
  port: "PORT",
  graphOverviewLimit: "GRAPH_OVERVIEW_LIMIT",
  queryTimeoutMs: "QUERY_TIMEOUT_MS",
  rateLimitPerMinute: "RATE_LIMIT_PER_MINUTE",
  rateLimitLoopback: "RATE_LIMIT_LOOPBACK",
  corsOrigin: "CORS_ORIGIN",
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

function integerIn(key: keyof ServerConfig, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ServerConfigError(
      ENV_NAMES[key],
      `must be an integer from ${min} to ${max}, got ${String(value)}`,
    );
  }
}

/** Checks every setting and throws a ServerConfigError naming the first bad one. */
export function validateServerConfig(config: ServerConfig): ServerConfig {
  if (config.host.trim() === "") throw new ServerConfigError("HOST", "must not be empty (e.g. 127.0.0.1)");
  integerIn("port", config.port, 0, 65535);
  integerIn("graphOverviewLimit", config.graphOverviewLimit, 1, 100_000);
  integerIn("queryTimeoutMs", config.queryTimeoutMs, 100, 600_000);
  integerIn("rateLimitPerMinute", config.rateLimitPerMinute, 0, 1_000_000);
  if (config.corsOrigin !== "" && !/^https?:\/\/[^\s/]+$/.test(config.corsOrigin)) {
    throw new ServerConfigError(
      "CORS_ORIGIN",
      `must be one origin such as https://example.org (scheme and host, no path), got "${config.corsOrigin}"`,
    );
  }
  return config;
}

function parseInteger(variable: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ServerConfigError(variable, `must be a whole number, got "${raw}"`);
  return Number(raw.trim());
}

function parseBoolean(variable: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === "") return fallback;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw new ServerConfigError(variable, `must be true or false, got "${raw}"`);
}

/** Reads HOST, PORT, GRAPH_OVERVIEW_LIMIT, QUERY_TIMEOUT_MS, RATE_LIMIT_* and CORS_ORIGIN, falling back to the defaults. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const d = DEFAULT_SERVER_CONFIG;
  return validateServerConfig({
    host: env.HOST?.trim() || d.host,
    port: parseInteger("PORT", env.PORT, d.port),
    graphOverviewLimit: parseInteger("GRAPH_OVERVIEW_LIMIT", env.GRAPH_OVERVIEW_LIMIT, d.graphOverviewLimit),
    queryTimeoutMs: parseInteger("QUERY_TIMEOUT_MS", env.QUERY_TIMEOUT_MS, d.queryTimeoutMs),
    rateLimitPerMinute: parseInteger(
      "RATE_LIMIT_PER_MINUTE",
      env.RATE_LIMIT_PER_MINUTE,
      d.rateLimitPerMinute,
    ),
    rateLimitLoopback: parseBoolean("RATE_LIMIT_LOOPBACK", env.RATE_LIMIT_LOOPBACK, d.rateLimitLoopback),
    corsOrigin: env.CORS_ORIGIN?.trim().replace(/\/$/, "") ?? d.corsOrigin,
  });
}
