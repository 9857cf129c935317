// Reads the whole loaded graph (or the part of some entity and relation types) with every piece of
// evidence, in one read transaction, for `npm run export`.
import type { Driver } from "neo4j-driver";
import type { GraphEdge, GraphNode } from "../model/api.js";
import type { EntityType, RelationType } from "../model/vocabulary.js";
import { createQueryRunner, type Row } from "../db/queries.js";
import { titlesFrom, toEdge, toNode } from "../server/mappers.js";

interface GraphFilter {
  /** Entity types to keep ([] = all); relations between two kept entities only. */
  types: EntityType[];
  /** Relation types to keep ([] = all). */
  relTypes: RelationType[];
}

interface WholeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  dataVersion: string;
}

/** A whole-graph read may take long on a large graph; the API's 5 s would stop it. */
const EXPORT_TIMEOUT_MS = 600_000;

export async function readWholeGraph(
  driver: Driver,
  database: string | undefined,
  filter: GraphFilter,
): Promise<WholeGraph> {
  const runner = createQueryRunner(driver, { database, timeoutMs: EXPORT_TIMEOUT_MS });
  return runner.read(async (run) => {
    const [version] = await run("data-version");
    const titles = titlesFrom(await run("document-titles"));
    const nodes = (await run("graph-export-nodes", { types: filter.types })).map((row) => toNode(row.node));
    const edges = (await run("graph-export-edges", { ...filter })).map((row) =>
      toEdge(row.edge as Row, titles),
    );
    return { nodes, edges, dataVersion: String(version?.dataVersion ?? "") };
  });
}
