// Security headers on every response, and no caching of API answers (the data can be reloaded).
import type { FastifyInstance } from "fastify";

/**
 * Scripts only from this origin; workers also from blob: (the layout worker); fonts and images may be
 * data: URLs (bundled Noto Sans SC, exported PNGs). Styles allow 'unsafe-inline' because React and sigma
 * set style attributes on the elements they create; inline scripts stay forbidden.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Cross-Origin-Opener-Policy", "same-origin");
    reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (request.url.startsWith("/api/")) reply.header("Cache-Control", "no-store");
    return payload;
  });
}
