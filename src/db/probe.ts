// Notices quickly that the database has gone away. The driver retries an unavailable server for its
// whole retry window (15 s here), so a read that is slow to answer is checked with a cheap
// connectivity probe instead of being left to wait; one probe at a time is shared by every request.
import type { Driver } from "neo4j-driver";

export interface OutageProbeOptions {
  database?: string;
  /** A read still pending after this long starts probing, then again at this interval while it waits. */
  probeAfterMs: number;
  /** A probe that takes longer than this says nothing (a busy server, not a dead one). */
  probeTimeoutMs?: number;
  /** Turns the probe's failure into the error the waiting reads reject with; undefined = not an outage. */
  onDown: (error: unknown) => { status: number } & Error;
}

interface OutageWatch {
  /** Rejects with the mapped error when a probe finds the database away; never resolves. */
  down: Promise<never>;
  cancel(): void;
}

export interface OutageProbe {
  watch(): OutageWatch;
}

type Verdict = { down: false } | { down: true; error: Error };

export function createOutageProbe(driver: Driver, options: OutageProbeOptions): OutageProbe {
  const probeTimeoutMs = options.probeTimeoutMs ?? 1000;
  let inFlight: Promise<Verdict> | undefined;
  let last: { at: number; verdict: Verdict } | undefined;

  const runProbe = async (): Promise<Verdict> => {
    let timer: NodeJS.Timeout | undefined;
    const inconclusive = new Promise<Verdict>((resolve) => {
      timer = setTimeout(() => resolve({ down: false }), probeTimeoutMs);
    });
    const verdict = driver.verifyConnectivity({ database: options.database }).then(
      (): Verdict => ({ down: false }),
      (error: unknown): Verdict => {
        const mapped = options.onDown(error);
        // Only "unavailable" counts: an auth or protocol error is a bug to report, not an outage.
        return mapped.status === 503 ? { down: true, error: mapped } : { down: false };
      },
    );
    try {
      return await Promise.race([verdict, inconclusive]);
    } finally {
      clearTimeout(timer);
    }
  };

  /** One probe for everyone; a verdict is reused for half the probe interval. */
  const probe = (): Promise<Verdict> => {
    if (last && Date.now() - last.at < options.probeAfterMs / 2) return Promise.resolve(last.verdict);
    inFlight ??= runProbe().then((verdict) => {
      last = { at: Date.now(), verdict };
      inFlight = undefined;
      return verdict;
    });
    return inFlight;
  };

  return {
    watch(): OutageWatch {
      let timer: NodeJS.Timeout | undefined;
      let cancelled = false;
      const down = new Promise<never>((_, reject) => {
        const tick = () => {
          void probe().then((verdict) => {
            if (cancelled) return;
            if (verdict.down) reject(verdict.error);
            else timer = setTimeout(tick, options.probeAfterMs);
          });
        };
        // While the database is known to be away, check at once instead of waiting first.
        timer = setTimeout(tick, last?.verdict.down ? 0 : options.probeAfterMs);
      });
      // The race that uses `down` may have settled already; an unobserved rejection must not crash.
      down.catch(() => undefined);
      return {
        down,
        cancel: () => {
          cancelled = true;
          clearTimeout(timer);
        },
      };
    },
  };
}
