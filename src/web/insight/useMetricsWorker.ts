// Runs computeMetrics in a web worker: one worker per app, the latest request per scope wins.
import { useCallback, useEffect, useRef, useState } from "react";
import type { MetricInput, MetricResult, Scope, WorkerRequest, WorkerResponse } from "./types.js";

export type MetricState =
  | { status: "idle" }
  | { status: "computing" }
  | { status: "ok"; result: MetricResult }
  | { status: "error"; message: string };

/** Metrics of `whole` and `view` (null = nothing to compute yet), each recomputed when its input changes. */
export function useMetricsWorker(
  whole: MetricInput | null,
  view: MetricInput | null,
): Record<Scope, MetricState> {
  const worker = useRef<Worker | null>(null);
  const latest = useRef<Record<Scope, number>>({ whole: 0, view: 0 });
  const [state, setState] = useState<Record<Scope, MetricState>>({
    whole: { status: "idle" },
    view: { status: "idle" },
  });

  useEffect(() => {
    const w = new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.id !== latest.current[msg.scope]) return;
      setState((s) => ({
        ...s,
        [msg.scope]:
          "error" in msg ? { status: "error", message: msg.error } : { status: "ok", result: msg.result },
      }));
    };
    w.onerror = (e) =>
      setState((s) => ({
        ...s,
        whole: { status: "error", message: `insight worker failed to start: ${e.message}` },
      }));
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const post = useCallback((scope: Scope, input: MetricInput | null): void => {
    if (!input || !worker.current) return;
    const id = ++latest.current[scope];
    setState((s) => ({ ...s, [scope]: { status: "computing" } }));
    const req: WorkerRequest = { id, scope, input };
    worker.current.postMessage(req);
  }, []);

  useEffect(() => post("whole", whole), [post, whole]);
  // The view changes often (expanding, filtering): wait for it to settle before recomputing.
  useEffect(() => {
    const timer = setTimeout(() => post("view", view), 200);
    return () => clearTimeout(timer);
  }, [post, view]);
  return state;
}
