// What `npm start` prints (issue 17): readable lines, a request only at LOG_LEVEL=info, errors with
// their message; never pino's JSON on the terminal.
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { readableLog } from "../../src/server/log.js";

async function linesAt(level: "info" | "warn"): Promise<string[]> {
  const lines: string[] = [];
  const app = Fastify({ logger: { level, stream: readableLog((line) => lines.push(line)) } });
  app.get("/api/ok", async () => ({ ok: true }));
  app.get("/api/broken", async () => {
    throw new Error("the graph query failed");
  });
  await app.inject("/api/ok?q=1");
  await app.inject("/api/broken");
  await app.close();
  return lines;
}

describe("the start log", () => {
  it("at info: one readable line per request, and the error with its message", async () => {
    const lines = await linesAt("info");
    expect(lines).toContainEqual(expect.stringMatching(/^\d\d:\d\d:\d\d GET \/api\/ok\?q=1 200 \d+ ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/ERROR .*the graph query failed/));
    expect(lines.filter((l) => l.includes("/api/ok"))).toHaveLength(1);
    expect(lines.some((l) => l.trimStart().startsWith("{"))).toBe(false);
  });
  it("at warn (the default): no request lines, the error still", async () => {
    const lines = await linesAt("warn");
    expect(lines.some((l) => l.includes("/api/ok"))).toBe(false);
    expect(lines).toContainEqual(expect.stringMatching(/ERROR .*the graph query failed/));
  });
});
