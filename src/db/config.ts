// Neo4j connection settings from the NEO4J_* environment variables: typed, defaulted, validated in one place.
import { z } from "zod";

export interface Neo4jConfig {
  /** External database; when unset, the bundled Neo4j is started (or reused) instead. */
  uri?: string;
  username: string;
  /** Required with `uri`; for the bundled Neo4j it overrides the generated password. */
  password?: string;
  database: string;
  /** Bolt port of the bundled Neo4j on 127.0.0.1. */
  boltPort: number;
  /** Data directory of the bundled Neo4j (relative paths resolve against the working directory). */
  dataDir: string;
}

export const DEFAULT_NEO4J_CONFIG = {
  username: "neo4j",
  database: "neo4j",
  boltPort: 7687,
  dataDir: ".neo4j/data",
} as const satisfies Omit<Neo4jConfig, "uri" | "password">;

/** A NEO4J_* variable holds a value we cannot use; the message names it and the expected value. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

const URI_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"] as const;
const uriPattern = new RegExp(
  `^(${URI_SCHEMES.map((s) => s.replace("+", "\\+")).join("|")})://[^\\s/]+(:\\d+)?/?$`,
);

/** Each variable with the check it must pass and the sentence that explains a failure. */
const rules = {
  NEO4J_URI: [
    z.string().regex(uriPattern),
    "a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI such as bolt://127.0.0.1:7687",
  ],
  NEO4J_USERNAME: [z.string().regex(/^\S+$/), "a user name without spaces (default neo4j)"],
  NEO4J_PASSWORD: [z.string().min(8), "at least 8 characters (Neo4j's minimum password length)"],
  NEO4J_DATABASE: [
    z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/),
    "a database name: 3-63 letters, digits, dots or dashes, starting with a letter (default neo4j)",
  ],
  NEO4J_BOLT_PORT: [z.coerce.number().int().min(1).max(65535), "an integer port 1-65535 (default 7687)"],
  NEO4J_DATA_DIR: [z.string().min(1), "a directory path (default .neo4j/data)"],
} as const;

type VariableName = keyof typeof rules;

function read<K extends VariableName>(
  env: Record<string, string | undefined>,
  name: K,
): z.output<(typeof rules)[K][0]> | undefined {
  const raw = env[name]?.trim();
  // An empty value (a blank line in .env) means "not set", not "set to nothing".
  if (raw === undefined || raw === "") return undefined;
  const [schema, expected] = rules[name];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const shown = name === "NEO4J_PASSWORD" ? "(hidden)" : JSON.stringify(raw);
    throw new ConfigError(name, `${name} must be ${expected}; got ${shown}. Fix or unset it.`);
  }
  return parsed.data as z.output<(typeof rules)[K][0]>;
}

/**
 * Reads the NEO4J_* variables (pure: pass `process.env` or a plain object).
 * @throws ConfigError naming the first variable that is invalid.
 */
export function readNeo4jConfig(env: Record<string, string | undefined>): Neo4jConfig {
  const uri = read(env, "NEO4J_URI");
  const password = read(env, "NEO4J_PASSWORD");
  if (uri !== undefined && password === undefined) {
    throw new ConfigError(
      "NEO4J_PASSWORD",
      `NEO4J_PASSWORD must be set when NEO4J_URI is set (connecting to ${uri}).`,
    );
  }
  return {
    ...(uri === undefined ? {} : { uri }),
    ...(password === undefined ? {} : { password }),
    username: read(env, "NEO4J_USERNAME") ?? DEFAULT_NEO4J_CONFIG.username,
    database: read(env, "NEO4J_DATABASE") ?? DEFAULT_NEO4J_CONFIG.database,
    boltPort: read(env, "NEO4J_BOLT_PORT") ?? DEFAULT_NEO4J_CONFIG.boltPort,
    dataDir: read(env, "NEO4J_DATA_DIR") ?? DEFAULT_NEO4J_CONFIG.dataDir,
  };
}
