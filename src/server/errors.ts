// Every error the API can answer with, and the one handler that turns thrown errors into responses.
import type { FastifyError, FastifyInstance } from "fastify";
import type { ApiError } from "../model/api.js";
import { QueryError } from "../db/queries.js";

/** An error with the HTTP status and body the client should see. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError & Record<string, unknown>,
  ) {
    super(body.error);
    this.name = "HttpError";
  }
}

export function badRequest(param: string, message: string): HttpError {
  return new HttpError(400, { error: message, param });
}

export function notFound(message: string, param?: string): HttpError {
  return new HttpError(404, param === undefined ? { error: message } : { error: message, param });
}

/** Maps HttpError, QueryError (503/504/500) and anything unexpected (500, logged) to JSON answers. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.body);
    if (error instanceof QueryError) {
      if (error.status === 500) request.log.error({ err: error.cause ?? error }, "graph query failed");
      else request.log.warn({ kind: error.kind }, error.message);
      const body = error.status === 503 ? { error: error.message, neo4j: "down" } : { error: error.message };
      return reply.code(error.status).send(body);
    }
    // Fastify's own client errors (a malformed URL, a body on a GET) keep their 4xx status.
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send({ error: `Bad request: ${error.message}` });
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({ error: "Internal error in the API server; the log has the details." });
  });
}
