// Every error the API can answer with, in the one shape of src/model/api-error.ts, and the handlers
// that turn thrown errors (ours, Fastify's and Node's own) into that shape.
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ApiError } from "../model/api-error.js";
import { QueryError } from "../db/queries.js";

/** An error with the HTTP status and body the client should see. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
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

/** Sentences for Fastify's own client errors, which otherwise only name a code. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: "The URL is not valid percent-encoding; encode reserved characters (e.g. %25 for %).",
  FST_ERR_CTP_BODY_TOO_LARGE: "The request body is too large; the API takes no body at all.",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Unsupported Content-Type; the API is read-only and takes no body.",
};

/** The body of a validation failure: the first bad parameter, named. */
function validationBody(error: FastifyError): ApiError {
  const first = error.validation?.[0];
  const param = first?.instancePath.split("/")[1] || error.validationContext || "query";
  return { error: `Invalid parameter "${param}": ${first?.message ?? "invalid value"}.`, param };
}

/** Maps HttpError, validation errors, QueryError (503/504/500), Fastify's 4xx and the unexpected (500, logged). */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.body);
    if (hasZodFastifySchemaValidationErrors(error)) return reply.code(400).send(validationBody(error));
    if (error instanceof QueryError) {
      if (error.status === 500) request.log.error({ err: error.cause ?? error }, "graph query failed");
      else request.log.warn({ kind: error.kind }, error.message);
      const body: ApiError =
        error.status === 503 ? { error: error.message, neo4j: "down" } : { error: error.message };
      return reply.code(error.status).send(body);
    }
    const { statusCode, code } = error as FastifyError;
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return reply
        .code(statusCode)
        .send({ error: FASTIFY_MESSAGES[code] ?? `Bad request: ${error.message}` } satisfies ApiError);
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error: "Internal error in the API server; the log has the details.",
    } satisfies ApiError);
  });
}

/** Fastify's `frameworkErrors` option: a malformed URL gets the one error shape too. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .code(400)
    .header("Cache-Control", "no-store")
    .send({ error: FASTIFY_MESSAGES[error.code] ?? `Bad request: ${error.message}` } satisfies ApiError);
}

/** Node's own refusals before Fastify sees a request (431 headers too large, 400 malformed), as JSON. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return;
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const message =
    status === 431
      ? "The request headers are too large (over 16 KB); send fewer or shorter headers (cookies?)."
      : "The request is not valid HTTP.";
  const body = JSON.stringify({ error: message } satisfies ApiError);
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
