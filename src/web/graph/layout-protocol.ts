// Messages between the main thread and the layout worker.

export interface LayoutRequest {
  nodes: { id: string; x: number; y: number; size: number; fixed: boolean }[];
  edges: [string, string][];
  iterations: number;
  noverlapIterations: number;
}

export interface LayoutResult {
  positions: [id: string, x: number, y: number][];
}
