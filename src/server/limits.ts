// Request size limits. The API is read-only and GET-only, so bodies are refused outright and URLs are
// capped well above what any real query string needs.
import type { FastifyInstance } from "fastify";
import type { ApiError } from "../model/api-error.js";

/** Longest request target accepted (path plus query string). */
const MAX_URL_LENGTH = 8192;
/** Fastify's bodyLimit: no route takes a body, so anything past a few bytes is a mistake or an attack. */
export const BODY_LIMIT_BYTES = 16 * 1024;

/** 414 for over-long URLs, before routing or parsing. */
export function installUrlLimit(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.length <= MAX_URL_LENGTH) return;
    return reply.code(414).send({
      error: `URL is ${request.url.length} characters, over the ${MAX_URL_LENGTH} limit; shorten the query.`,
    } satisfies ApiError);
  });
}
