// The Content-Security-Policy of every answer (sent by @fastify/helmet, see protection.ts).
/**
 * Scripts only from this origin; workers also from blob: (the layout worker); fonts and images may be
 * data: URLs (bundled Noto Sans SC, exported PNGs). Styles allow 'unsafe-inline' because React and sigma
 * set style attributes on the elements they create; inline scripts stay forbidden. No
 * upgrade-insecure-requests: the explorer is often reached over plain http on a LAN address.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

/** The header as helmet writes it (directives joined by ";"). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(" ")}`)
  .join(";");
