// A small route table: each GET route is declared once with its zod schemas (parameters, the answer,
// the errors it can give); Fastify validates requests and answers with them (fastify-type-provider-zod)
// and @fastify/swagger documents them. A known path asked with another method answers 405.
import type { FastifyInstance, FastifyReply, FastifySchema } from "fastify";
import { z } from "zod";
import { apiErrorSchema, type ApiError } from "../model/api-error.js";
import type { QueryRunner } from "../db/queries.js";
import type { ServerConfig } from "./config.js";

/** What every route handler may use. */
export interface ApiContext {
  runner: QueryRunner;
  config: ServerConfig;
}

/** Statuses any route can answer besides its own: URL too long, rate limit, headers too large, server side. */
const COMMON_ERRORS = {
  414: "URL over the length limit",
  429: "Too many requests (only when RATE_LIMIT_PER_MINUTE is set)",
  431: "Request headers too large",
  500: "Bug in the server",
  503: "The database is not reachable",
  504: "The query took too long",
} as const;

const ROUTE_ERRORS = { 400: "Bad parameter (the error names it)", 404: "Unknown id" } as const;

type NoInput = z.ZodObject<Record<never, never>>;

export interface RouteDef<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> {
  /** Fastify path, e.g. `/api/entities/:id`. */
  path: string;
  operationId: string;
  summary: string;
  params?: P;
  query?: Q;
  /** The 200 answer. */
  response: R;
  /** Which of 400 and 404 this route can answer. */
  errors?: (keyof typeof ROUTE_ERRORS)[];
  /** Answers are a pure function of the loaded data: give them an ETag and let browsers revalidate. */
  cacheable?: boolean;
  handler: (input: { params: z.output<P>; query: z.output<Q> }, reply: FastifyReply) => Promise<z.output<R>>;
}

const errorResponses = (statuses: readonly number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      apiErrorSchema.describe(
        (COMMON_ERRORS as Record<number, string>)[status] ??
          (ROUTE_ERRORS as Record<number, string>)[status] ??
          "Error",
      ),
    ]),
  );

declare module "fastify" {
  interface FastifyContextConfig {
    /** Set on routes whose answers carry an ETag (see caching.ts). */
    cacheable?: boolean;
  }
}

export class RouteTable {
  /** operationIds of the routes whose answers carry an ETag. */
  readonly cacheable = new Set<string>();

  constructor(
    private readonly app: FastifyInstance,
    /** Methods answered 405 on a known path (OPTIONS is left to CORS when it is on). */
    private readonly refusedMethods: readonly string[],
  ) {}

  get<P extends z.ZodType = NoInput, Q extends z.ZodType = NoInput, R extends z.ZodType = z.ZodType>(
    def: RouteDef<P, Q, R>,
    /** Extra statuses with their own body schema (health answers 503 with its own shape). */
    extra: Record<number, z.ZodType> = {},
  ): void {
    const statuses = [...(def.errors ?? []), ...Object.keys(COMMON_ERRORS).map(Number)].filter(
      (status) => !(status in extra),
    );
    if (def.cacheable) this.cacheable.add(def.operationId);
    const schema: FastifySchema = {
      operationId: def.operationId,
      summary: def.summary,
      tags: ["graph"],
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      response: { 200: def.response, ...extra, ...errorResponses(statuses) },
    };
    this.app.route({
      method: "GET",
      url: def.path,
      config: { cacheable: def.cacheable ?? false },
      schema,
      // Parsed by the validator compiler (zod) before this runs; the answer is checked by the serializer.
      handler: async (request, reply) =>
        def.handler({ params: request.params as z.output<P>, query: request.query as z.output<Q> }, reply),
    });
    this.app.route({
      method: [...this.refusedMethods],
      url: def.path,
      schema: { hide: true },
      // onRequest, so a body in a method the path does not take is refused before it is parsed.
      onRequest: async (request, reply) =>
        reply
          .code(405)
          .header("Allow", "GET, HEAD")
          .header("Cache-Control", "no-store")
          .send({
            error: `${request.method} is not allowed on ${def.path}; the API is read-only (GET, HEAD).`,
          } satisfies ApiError),
      handler: async () => undefined,
    });
  }
}
