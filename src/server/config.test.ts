// Server settings from the environment: defaults, and errors that name the variable.
import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_CONFIG, readServerConfig } from "./config.js";

describe("readServerConfig", () => {
  it("falls back to the defaults", () => {
    expect(readServerConfig({})).toEqual(DEFAULT_SERVER_CONFIG);
    expect(DEFAULT_SERVER_CONFIG).toEqual({
      host: "127.0.0.1",
      port: 8080,
      graphOverviewLimit: 500,
      queryTimeoutMs: 5000,
      rateLimitPerMinute: 0,
      rateLimitLoopback: false,
      corsOrigin: "",
      logLevel: "warn",
      logFile: "",
    });
  });
  it("reads every variable", () => {
    const env = {
      HOST: "0.0.0.0",
      PORT: "9000",
      GRAPH_OVERVIEW_LIMIT: "100",
      QUERY_TIMEOUT_MS: "2000",
      RATE_LIMIT_PER_MINUTE: "120",
      RATE_LIMIT_LOOPBACK: "true",
      CORS_ORIGIN: "https://example.org/",
      LOG_LEVEL: "info",
      LOG_FILE: "/tmp/nig.log",
    };
    expect(readServerConfig(env)).toEqual({
      host: "0.0.0.0",
      port: 9000,
      graphOverviewLimit: 100,
      queryTimeoutMs: 2000,
      rateLimitPerMinute: 120,
      rateLimitLoopback: true,
      corsOrigin: "https://example.org",
      logLevel: "info",
      logFile: "/tmp/nig.log",
    });
  });
  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ GRAPH_OVERVIEW_LIMIT: "0" }, /GRAPH_OVERVIEW_LIMIT/],
    [{ QUERY_TIMEOUT_MS: "-5" }, /QUERY_TIMEOUT_MS/],
    [{ RATE_LIMIT_PER_MINUTE: "lots" }, /RATE_LIMIT_PER_MINUTE/],
    [{ RATE_LIMIT_LOOPBACK: "maybe" }, /RATE_LIMIT_LOOPBACK/],
    [{ CORS_ORIGIN: "*" }, /CORS_ORIGIN/],
    [{ CORS_ORIGIN: "https://a.org/path" }, /CORS_ORIGIN/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
  ])("names the bad variable: %o", (env, message) => {
    expect(() => readServerConfig(env)).toThrow(message);
  });
});
