// A small route table: each GET route is declared once with its zod schemas, registered in Fastify
// from that declaration, and listed for the OpenAPI document from the same declaration.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { z } from "zod";
import type { QueryRunner } from "../db/queries.js";
import type { ServerConfig } from "./config.js";
import { emptyQuery, parseInput } from "./params.js";

/** What every route handler may use. */
export interface ApiContext {
  runner: QueryRunner;
  config: ServerConfig;
}

export interface RouteDef<P extends z.ZodType = typeof emptyQuery, Q extends z.ZodType = typeof emptyQuery> {
  /** Fastify path, e.g. `/api/entities/:id`. */
  path: string;
  summary: string;
  params?: P;
  query?: Q;
  /** Status code -> description, for the OpenAPI document. */
  responses: Record<number, string>;
  handler: (input: { params: z.output<P>; query: z.output<Q> }, reply: FastifyReply) => Promise<unknown>;
}

/** The declaration as the OpenAPI generator needs it. */
export interface RouteDoc {
  path: string;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  responses: Record<number, string>;
}

export class RouteTable {
  readonly docs: RouteDoc[] = [];

  constructor(private readonly app: FastifyInstance) {}

  get<P extends z.ZodType = typeof emptyQuery, Q extends z.ZodType = typeof emptyQuery>(
    def: RouteDef<P, Q>,
  ): void {
    const { handler, params, query } = def;
    this.docs.push({ path: def.path, summary: def.summary, params, query, responses: def.responses });
    this.app.get(def.path, async (request, reply) => {
      const input = {
        params: parseInput(params ?? emptyQuery, request.params) as z.output<P>,
        query: parseInput(query ?? emptyQuery, request.query) as z.output<Q>,
      };
      return handler(input, reply);
    });
  }
}
