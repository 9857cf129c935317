// Fastify's maintained plugins for what every public server needs: security headers (@fastify/helmet),
// CORS (@fastify/cors), rate limiting (@fastify/rate-limit) and compression (@fastify/compress).
import { constants as zlib } from "node:zlib";
import fastifyCompress from "@fastify/compress";
import fastifyCors from "@fastify/cors";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";
import { CSP_DIRECTIVES } from "./security.js";

const isLoopback = (ip: string) => ip === "::1" || ip === "::ffff:127.0.0.1" || ip.startsWith("127.");

export interface ProtectionOptions {
  /** Requests per minute per client address; 0 = off. */
  rateLimitPerMinute: number;
  /** Limit 127.0.0.1 and ::1 too (default false: local use is never throttled). */
  rateLimitLoopback: boolean;
  /** The one origin allowed to call the API from another site; "" = no CORS headers at all. */
  corsOrigin: string;
}

export async function installProtection(app: FastifyInstance, options: ProtectionOptions): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    // TLS, and so HSTS, is the business of whatever proxy terminates it; this server speaks plain HTTP.
    strictTransportSecurity: false,
    // Same-origin by default would also stop the one origin CORS_ORIGIN lets in from reading answers.
    crossOriginResourcePolicy: { policy: options.corsOrigin === "" ? "same-origin" : "cross-origin" },
  });
  if (options.corsOrigin !== "") {
    await app.register(fastifyCors, {
      // A list (not a string): the header is sent only to that origin, with Vary: Origin.
      origin: [options.corsOrigin],
      methods: ["GET", "HEAD"],
      maxAge: 600,
      strictPreflight: false,
    });
  }
  if (options.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: options.rateLimitPerMinute,
      timeWindow: 60_000,
      allowList: (request) => !options.rateLimitLoopback && isLoopback(request.ip),
      errorResponseBuilder: (request, context) =>
        new HttpError(429, {
          error: `Too many requests from ${request.ip}: the limit is ${context.max} per minute (RATE_LIMIT_PER_MINUTE); retry in ${context.after}.`,
        }),
    });
  }
  await app.register(fastifyCompress, {
    global: true,
    encodings: ["br", "gzip"],
    threshold: 1024,
    // Brotli's default (quality 11) costs more CPU per answer than the query; 5 is near gzip's speed.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
