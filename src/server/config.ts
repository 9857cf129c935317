// The API server's settings: typed interface, defaults, and one validator that names the bad variable.

export interface ServerConfig {
  /** Interface to bind; loopback by default so a laptop does not expose the database behind it. */
  host: string;
  port: number;
  /** `/api/graph` returns the whole graph up to this many nodes, else the most connected ones. */
  graphOverviewLimit: number;
  /** Every read transaction is given this timeout; past it the API answers 504. */
  queryTimeoutMs: number;
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  host: "127.0.0.1",
  port: 8080,
  graphOverviewLimit: 500,
  queryTimeoutMs: 5000,
};

/** Environment variable behind each setting, so errors can name what the user has to change. */
const ENV_NAMES: Record<keyof ServerConfig, string> = {
  host: "HOST",
  port: "PORT",
  graphOverviewLimit: "GRAPH_OVERVIEW_LIMIT",
  queryTimeoutMs: "QUERY_TIMEOUT_MS",
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
    throw new ServerConfigError(ENV_NAMES[key], `must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** Checks every setting and throws a ServerConfigError naming the first bad one. */
export function validateServerConfig(config: ServerConfig): ServerConfig {
  if (config.host.trim() === "") throw new ServerConfigError("HOST", "must not be empty (e.g. 127.0.0.1)");
  integerIn("port", config.port, 0, 65535);
  integerIn("graphOverviewLimit", config.graphOverviewLimit, 1, 100_000);
  integerIn("queryTimeoutMs", config.queryTimeoutMs, 100, 600_000);
  return config;
}

function parseInteger(variable: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ServerConfigError(variable, `must be a whole number, got "${raw}"`);
  return Number(raw.trim());
}

/** Reads HOST, PORT, GRAPH_OVERVIEW_LIMIT and QUERY_TIMEOUT_MS, falling back to the defaults. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const d = DEFAULT_SERVER_CONFIG;
  return validateServerConfig({
    host: env.HOST?.trim() || d.host,
    port: parseInteger("PORT", env.PORT, d.port),
    graphOverviewLimit: parseInteger("GRAPH_OVERVIEW_LIMIT", env.GRAPH_OVERVIEW_LIMIT, d.graphOverviewLimit),
    queryTimeoutMs: parseInteger("QUERY_TIMEOUT_MS", env.QUERY_TIMEOUT_MS, d.queryTimeoutMs),
  });
}
