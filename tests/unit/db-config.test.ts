// NEO4J_* configuration: defaults, and errors that name the variable and the value it expects.
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_NEO4J_CONFIG, readNeo4jConfig } from "../../src/db/config.js";

function errorOf(env: Record<string, string>): ConfigError {
  try {
    readNeo4jConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readNeo4jConfig", () => {
  it("defaults to the bundled Neo4j when nothing is set", () => {
    expect(readNeo4jConfig({})).toEqual({ ...DEFAULT_NEO4J_CONFIG });
  });

  it("treats empty values as unset", () => {
    expect(readNeo4jConfig({ NEO4J_URI: "", NEO4J_BOLT_PORT: " " })).toEqual({ ...DEFAULT_NEO4J_CONFIG });
  });

  it("reads every variable", () => {
    const config = readNeo4jConfig({
      NEO4J_URI: "neo4j+s://abc123.databases.neo4j.io",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "correct horse",
      NEO4J_DATABASE: "ningbo",
      NEO4J_BOLT_PORT: "7701",
      NEO4J_DATA_DIR: "/tmp/graph",
    });
    expect(config).toEqual({
      uri: "neo4j+s://abc123.databases.neo4j.io",
      username: "reader",
      password: "correct horse",
      database: "ningbo",
      boltPort: 7701,
      dataDir: "/tmp/graph",
    });
  });

  it.each([
    "bolt://127.0.0.1:7687",
    "bolt+s://db.example.org",
    "neo4j://localhost:7687",
    "neo4j+s://x.databases.neo4j.io",
  ])("accepts the URI %s", (uri) => {
    expect(readNeo4jConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: "12345678" }).uri).toBe(uri);
  });

  it.each([
    [
      { NEO4J_URI: "http://127.0.0.1:7474", NEO4J_PASSWORD: "12345678" },
      "NEO4J_URI",
      /bolt:\/\/, bolt\+s:\/\/, neo4j:\/\/ or neo4j\+s:\/\//,
    ],
    [{ NEO4J_URI: "127.0.0.1:7687", NEO4J_PASSWORD: "12345678" }, "NEO4J_URI", /"127\.0\.0\.1:7687"/],
    [{ NEO4J_URI: "bolt://127.0.0.1:7687" }, "NEO4J_PASSWORD", /must be set when NEO4J_URI is set/],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD", /at least 8 characters/],
    [{ NEO4J_BOLT_PORT: "seven" }, "NEO4J_BOLT_PORT", /integer port 1-65535/],
    [{ NEO4J_BOLT_PORT: "70000" }, "NEO4J_BOLT_PORT", /integer port 1-65535/],
    [{ NEO4J_BOLT_PORT: "7687.5" }, "NEO4J_BOLT_PORT", /integer port/],
    [{ NEO4J_DATABASE: "my db" }, "NEO4J_DATABASE", /database name/],
    [{ NEO4J_USERNAME: "neo 4j" }, "NEO4J_USERNAME", /without spaces/],
  ])("rejects %o naming %s", (env, variable, expected) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable} must `)).toBe(true);
    expect(error.message).toMatch(expected);
  });

  it("never echoes a password in its error", () => {
    expect(errorOf({ NEO4J_PASSWORD: "secret1" }).message).not.toContain("secret1");
  });
});
