// Comparing two entities: their common neighbours and each one's relations, side by side.
import type { GraphEdge, Subgraph } from "../../model/api.js";
import { insightGraph, otherEnd, touching, unique } from "./index.js";

export interface Comparison {
  common: string[];
  onlyA: string[];
  onlyB: string[];
  relationsA: GraphEdge[];
  relationsB: GraphEdge[];
}

export function compareEntities(sub: Pick<Subgraph, "nodes" | "edges">, a: string, b: string): Comparison {
  const g = insightGraph(sub);
  const relationsA = touching(g, a);
  const relationsB = touching(g, b);
  const na = new Set(relationsA.map((e) => otherEnd(e, a)));
  const nb = new Set(relationsB.map((e) => otherEnd(e, b)));
  return {
    common: unique([...na].filter((n) => nb.has(n) && n !== a && n !== b)).sort(),
    onlyA: [...na].filter((n) => !nb.has(n) && n !== b).sort(),
    onlyB: [...nb].filter((n) => !na.has(n) && n !== a).sort(),
    relationsA,
    relationsB,
  };
}
