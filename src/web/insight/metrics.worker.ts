// Web worker: computes metrics off the main thread so the explorer never freezes.
import { computeMetrics } from "./metrics.js";
import type { WorkerRequest, WorkerResponse } from "./types.js";

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, scope, input } = event.data;
  let reply: WorkerResponse;
  try {
    reply = { id, scope, result: computeMetrics(input) };
  } catch (err) {
    reply = {
      id,
      scope,
      error: `insight worker: computing ${scope} metrics failed: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  self.postMessage(reply);
};
