// Messages between the main thread and the layout worker.

export interface LayoutRequest {
  /** labelW: estimated label width in graph units (separate.ts), for the label-aware pass. */
  nodes: { id: string; x: number; y: number; size: number; fixed: boolean; labelW: number }[];
  edges: [string, string][];
  iterations: number;
  noverlapIterations: number;
}

export interface LayoutResult {
  positions: [id: string, x: number, y: number][];
}
