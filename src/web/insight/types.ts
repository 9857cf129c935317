// Shapes shared by the insight modules and their worker: plain data, so they cross postMessage unchanged.
import type { EntityType } from "../../model/vocabulary.js";

/** Node metrics the insight views can size by or sort on. */
export const METRICS = ["degree", "weightedDegree", "betweenness", "pagerank"] as const;
export type Metric = (typeof METRICS)[number];

/** The graph handed to the metrics worker: nodes and edges weighted by their evidence count. */
export interface MetricInput {
  nodes: { id: string; type: EntityType; name_zh: string; name_en: string }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface NodeMetrics {
  degree: number;
  /** Sum of the evidence counts of the node's relations. */
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  /** Louvain community index (0 = the largest community). */
  community: number;
}

export interface Community {
  id: number;
  size: number;
  /** Members by PageRank, highest first (the first few name the community). */
  leaders: string[];
  /** Display name made of the leaders' names. */
  name: string;
  colour: string;
}

export interface MetricResult {
  nodes: Record<string, NodeMetrics>;
  communities: Community[];
  modularity: number;
}

/** Which graph the metrics are computed on. */
export type Scope = "whole" | "view";

export type WorkerRequest = { id: number; scope: Scope; input: MetricInput };
export type WorkerResponse =
  { id: number; scope: Scope; result: MetricResult } | { id: number; scope: Scope; error: string };
