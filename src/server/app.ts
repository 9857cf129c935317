// The API server's app factory: one Fastify instance with every /api route validated and documented
// from zod schemas, security headers, CORS, rate limit, compression, ETags, the one error shape and,
// when given, the built explorer. Listening is the caller's business.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Driver } from "neo4j-driver";
import { createQueryRunner } from "../db/queries.js";
import { installCaching } from "./caching.js";
import { validateServerConfig, type ServerConfig } from "./config.js";
import { clientErrorHandler, frameworkErrors, installErrorHandler } from "./errors.js";
import { BODY_LIMIT_BYTES, installUrlLimit } from "./limits.js";
import { installOpenApi, openApiDocument } from "./openapi.js";
import { installProtection } from "./protection.js";
import { RouteTable, type ApiContext } from "./routes.js";
import { registerDocumentRoutes } from "./routes/documents.js";
import { registerEntityRoutes } from "./routes/entities.js";
import { registerEvidenceRoutes } from "./routes/evidence.js";
import { registerFundRoutes } from "./routes/funds.js";
import { registerGraphRoutes } from "./routes/graph.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerNeighbourhoodRoutes } from "./routes/neighbourhood.js";
import { registerPathRoutes } from "./routes/paths.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerStatsRoutes } from "./routes/stats.js";
import { installStaticAndFallback } from "./static.js";

const API_VERSION = "2.0.0";

export interface BuildAppOptions {
  driver: Driver;
  database?: string;
  config: ServerConfig;
  /** The built explorer (dist/); without it only /api is served. */
  staticDir?: string;
  /** Fastify's pino logger options; `false` in tests; by default the config's level on stderr. */
  logger?: FastifyServerOptions["logger"];
}

/** Methods Node parses that no route takes: each known path answers them 405. */
function refusedMethods(app: FastifyInstance, corsOn: boolean): string[] {
  return app.supportedMethods.filter(
    (method) => method !== "GET" && method !== "HEAD" && !(corsOn && method === "OPTIONS"),
  );
}

/** Builds the app; the driver stays the caller's (it closes it), the app only reads through it. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const config = validateServerConfig(options.config);
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // Long query strings are refused by the zod caps, not by a 414 deep in the parser.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const runner = createQueryRunner(options.driver, {
    database: options.database,
    timeoutMs: config.queryTimeoutMs,
  });
  const context: ApiContext = { runner, config };

  installErrorHandler(app);
  installUrlLimit(app);
  await installProtection(app, config);
  const routes = new RouteTable(app, refusedMethods(app, config.corsOrigin !== ""));
  await installOpenApi(app, API_VERSION, routes.cacheable);
  installCaching(app, runner, API_VERSION);

  registerHealthRoutes(routes, context);
  registerSearchRoutes(routes, context, app.log);
  registerEntityRoutes(routes, context);
  registerEvidenceRoutes(routes, context);
  registerNeighbourhoodRoutes(routes, context);
  registerPathRoutes(routes, context);
  registerFundRoutes(routes, context);
  registerGraphRoutes(routes, context);
  registerDocumentRoutes(routes, context);
  registerStatsRoutes(routes, context);

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => openApiDocument(app));

  await installStaticAndFallback(app, options.staticDir);
  return app;
}
