// Chooses the data source: the offline snapshot when the page carries one (window.__SNAPSHOT__), else the API.
import type { GraphSource } from "./GraphSource.js";
import { HttpGraphSource } from "./HttpGraphSource.js";
import { SnapshotGraphSource } from "./SnapshotGraphSource.js";

export function pickSource(apiBase = "./api"): GraphSource {
  const snapshot = typeof window !== "undefined" ? window.__SNAPSHOT__ : undefined;
  return snapshot ? new SnapshotGraphSource(snapshot) : new HttpGraphSource(apiBase);
}
