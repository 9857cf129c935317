// HTTP caching of API answers: each one is a pure function of the loaded data and the request, so it
// gets an ETag from both; a browser keeps it and revalidates (Cache-Control: no-cache), and a matching
// If-None-Match answers 304 before the query runs. Errors and non-cacheable routes are never stored.
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { QueryRunner } from "../db/queries.js";
import { str } from "./mappers.js";

declare module "fastify" {
  interface FastifyRequest {
    etag?: string;
  }
}

/** Weak, because compression sends the same answer in different bytes. */
function etagOf(version: string, apiVersion: string, url: string): string {
  return `W/"${createHash("sha256").update(`${apiVersion}\n${version}\n${url}`).digest("base64url").slice(0, 27)}"`;
}

const matches = (header: string | undefined, etag: string) =>
  header !== undefined &&
  header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || `W/${t}` === etag;
  });

export function installCaching(app: FastifyInstance, runner: QueryRunner, apiVersion: string): void {
  app.addHook("preHandler", async (request, reply) => {
    if (!request.routeOptions.config.cacheable) return;
    const [row] = await runner.run("data-version");
    const etag = etagOf(`${str(row?.gen)}:${str(row?.dataVersion)}`, apiVersion, request.url);
    request.etag = etag;
    if (matches(request.headers["if-none-match"], etag)) {
      return reply.code(304).header("ETag", etag).header("Cache-Control", "no-cache").send();
    }
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (!request.url.startsWith("/api/") || reply.statusCode === 304) return payload;
    if (request.etag !== undefined && reply.statusCode === 200) {
      reply.header("ETag", request.etag);
      reply.header("Cache-Control", "no-cache");
    } else {
      reply.header("Cache-Control", "no-store");
    }
    return payload;
  });
}
