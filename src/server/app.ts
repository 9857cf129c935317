// The API server's app factory: one Fastify instance with every /api route, OpenAPI, security headers,
// error mapping and, when given, the built explorer. Listening is the caller's business.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Driver } from "neo4j-driver";
import { createQueryRunner } from "../db/queries.js";
import { validateServerConfig, type ServerConfig } from "./config.js";
import { installErrorHandler } from "./errors.js";
import { buildOpenApiDocument } from "./openapi.js";
import { RouteTable, type ApiContext } from "./routes.js";
import { registerDocumentRoutes } from "./routes/documents.js";
import { registerEntityRoutes } from "./routes/entities.js";
import { registerFundRoutes } from "./routes/funds.js";
import { registerGraphRoutes } from "./routes/graph.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerNeighbourhoodRoutes } from "./routes/neighbourhood.js";
import { registerPathRoutes } from "./routes/paths.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerStatsRoutes } from "./routes/stats.js";
import { BODY_LIMIT_BYTES, installCors, installUrlLimit } from "./limits.js";
import { installRateLimit } from "./rate-limit.js";
import { installSecurityHeaders } from "./security.js";
import { installStaticAndFallback } from "./static.js";

export const API_VERSION = "1.0.0";

export interface BuildAppOptions {
  driver: Driver;
  database?: string;
  config: ServerConfig;
  /** The built explorer (dist/); without it only /api is served. */
  staticDir?: string;
  /** Fastify's pino logger options; `false` in tests. */
  logger?: FastifyServerOptions["logger"];
}

/** Builds the app; the driver stays the caller's (it closes it), the app only reads through it. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const config = validateServerConfig(options.config);
  const app = Fastify({
    logger: options.logger ?? { level: process.env.LOG_LEVEL ?? "info" },
    // Long query strings are refused by the zod caps, not by a 414 deep in the parser.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    bodyLimit: BODY_LIMIT_BYTES,
  });
  const runner = createQueryRunner(options.driver, {
    database: options.database,
    timeoutMs: config.queryTimeoutMs,
  });
  const context: ApiContext = { runner, config };

  installUrlLimit(app);
  installRateLimit(app, { perMinute: config.rateLimitPerMinute, limitLoopback: config.rateLimitLoopback });
  installCors(app, config.corsOrigin);
  installSecurityHeaders(app);
  installErrorHandler(app);

  const routes = new RouteTable(app);
  registerHealthRoutes(routes, context);
  registerSearchRoutes(routes, context, app.log);
  registerEntityRoutes(routes, context);
  registerNeighbourhoodRoutes(routes, context);
  registerPathRoutes(routes, context);
  registerFundRoutes(routes, context);
  registerGraphRoutes(routes, context);
  registerDocumentRoutes(routes, context);
  registerStatsRoutes(routes, context);

  const openApi = buildOpenApiDocument(routes.docs, API_VERSION);
  app.get("/api/openapi.json", async () => openApi);

  await installStaticAndFallback(app, options.staticDir);
  return app;
}
