// A checksum of what readers see (the current generation), for proving that a load changed all of
// it or nothing. `gen` and `loadedAt` are left out: they change on every load by design.
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { loaderQuery } from "./cypher.js";
import { toNumber } from "./generations.js";

export interface GraphChecksum {
  checksum: string;
  nodes: number;
  relationships: number;
}

/** Hashes every node and relationship of the current generation, in a stable order. */
export async function graphChecksum(driver: Driver, database?: string): Promise<GraphChecksum> {
  const read = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery(loaderQuery("load-checksum-nodes"), {}, read);
  const rels = await driver.executeQuery(loaderQuery("load-checksum-relationships"), {}, read);
  const lines = [
    ...nodes.records.map((r) =>
      stable({ labels: [...(r.get("labels") as string[])].sort(), props: withoutGen(r.get("props")) }),
    ),
    ...rels.records.map((r) =>
      stable({
        source: r.get("source"),
        type: r.get("type"),
        target: r.get("target"),
        props: plain(r.get("props")),
      }),
    ),
  ].sort();
  const hash = createHash("sha256");
  for (const line of lines) hash.update(`${line}\n`);
  return { checksum: hash.digest("hex"), nodes: nodes.records.length, relationships: rels.records.length };
}

/** Every Entity/Document node and relationship of any generation, and which generations exist. */
export async function countAllGenerations(
  driver: Driver,
  database?: string,
): Promise<{ nodes: number; relationships: number; generations: number[] }> {
  const result = await driver.executeQuery(
    loaderQuery("load-count-all"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  const row = result.records[0];
  return {
    nodes: toNumber(row?.get("nodes")),
    relationships: toNumber(row?.get("relationships")),
    generations: ((row?.get("generations") as unknown[]) ?? []).map(toNumber).sort((a, b) => a - b),
  };
}

function withoutGen(props: unknown): unknown {
  const { gen: _gen, ...rest } = plain(props) as Record<string, unknown>;
  return rest;
}

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** JSON with sorted keys, so equal graphs give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Every index by name with its state (ONLINE, POPULATING, FAILED). */
export async function indexStates(driver: Driver, database?: string): Promise<Record<string, string>> {
  const result = await driver.executeQuery(loaderQuery("load-index-states"), {}, { database });
  return Object.fromEntries(result.records.map((r) => [r.get("name") as string, r.get("state") as string]));
}
