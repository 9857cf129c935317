// The explorer itself, fed the bench graph through an in-memory GraphSource: no change to src/web,
// no server. The page opens with one expansion of n0 in its URL (?open=n0~1~~~100); its answer is
// held back until the bench calls window.__startExpand(), so expand-to-drawn is timed on a canvas
// that already shows the whole graph. Every other question answers empty.
import "../../src/web/styles.css";
import { createRoot } from "react-dom/client";
import { App } from "../../src/web/App.js";
import type { GraphSource } from "../../src/web/source/GraphSource.js";
import type { Subgraph } from "../../src/model/api.js";
import { expansionOf, fetchBenchGraph } from "./instrument.js";

const asSubgraph = (g: Awaited<ReturnType<typeof fetchBenchGraph>>): Subgraph => ({
  nodes: g.nodes.map((n) => ({ ...n, subtype: "", name_en: n.id }) as Subgraph["nodes"][number]),
  edges: g.edges.map(
    (e) => ({ ...e, evidenceCount: 0, evidence: [] }) as unknown as Subgraph["edges"][number],
  ),
  truncated: false,
});
const graph = fetchBenchGraph().then(asSubgraph);
const empty: Subgraph = { nodes: [], edges: [], truncated: false };
const source: GraphSource = {
  health: async () => ({ status: "ok", neo4j: "up" }),
  overview: () => graph,
  search: async () => [],
  entity: async (id) => Promise.reject(new Error(`bench source: no entity ${id}`)),
  edgeEvidence: async (s, type, t) => Promise.reject(new Error(`bench source: no edge ${s}|${type}|${t}`)),
  neighbourhood: (e) =>
    new Promise((resolve) => {
      window.__bench.release = () => resolve(asSubgraph(expansionOf(e.id)));
    }),
  paths: async () => ({ paths: [] }),
  fundTrace: async () => empty,
  documents: async () => [],
  document: async (id) => Promise.reject(new Error(`bench source: no document ${id}`)),
  stats: async () => ({
    entities: 0,
    relations: 0,
    documents: 0,
    byEntityType: {},
    byRelationType: {},
    byDocument: [],
    dataVersion: "bench",
  }),
};
createRoot(document.getElementById("root") as HTMLElement).render(<App source={source} />);
