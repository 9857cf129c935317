// Per-client rate limiting with a token bucket per address (@fastify/rate-limit is not a dependency;
// this is the small part of it we need). Off by default, and loopback clients are exempt unless asked.
import type { FastifyInstance } from "fastify";

export interface RateLimitOptions {
  /** Requests per minute per client address; 0 = off. */
  perMinute: number;
  /** Limit 127.0.0.1 and ::1 too (default false: local use is never throttled). */
  limitLoopback: boolean;
  /** For tests: the clock. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Buckets idle this long are full again and can be forgotten. */
const FORGET_AFTER_MS = 120_000;
const MAX_CLIENTS = 100_000;

const isLoopback = (ip: string) =>
  ip === "127.0.0.1" || ip === "::1" || ip === "::ffff:127.0.0.1" || ip.startsWith("127.");

/**
 * A bucket of `perMinute` tokens per client, refilled continuously; a request takes one token or is
 * refused. Returns the seconds to wait when refused, 0 when allowed.
 */
export function createTokenBuckets(
  perMinute: number,
  now: () => number = Date.now,
): (client: string) => number {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  let lastSweep = now();
  return (client) => {
    const t = now();
    if (t - lastSweep > FORGET_AFTER_MS || buckets.size > MAX_CLIENTS) {
      for (const [key, bucket] of buckets) if (t - bucket.updated > FORGET_AFTER_MS) buckets.delete(key);
      lastSweep = t;
    }
    const bucket = buckets.get(client) ?? { tokens: perMinute, updated: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.updated) * perMs);
    bucket.updated = t;
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  };
}

/** Answers 429 with Retry-After to a client over its budget. */
export function installRateLimit(app: FastifyInstance, options: RateLimitOptions): void {
  if (options.perMinute <= 0) return;
  const take = createTokenBuckets(options.perMinute, options.now);
  app.addHook("onRequest", async (request, reply) => {
    if (!options.limitLoopback && isLoopback(request.ip)) return;
    const wait = take(request.ip);
    if (wait === 0) return;
    reply.header("Retry-After", String(wait));
    return reply.code(429).send({
      error: `Too many requests from ${request.ip}: the limit is ${options.perMinute} per minute (RATE_LIMIT_PER_MINUTE); retry in ${wait} s.`,
    });
  });
}
