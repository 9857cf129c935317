// The bench's own Cypher (bench/cypher/*.cypher), read once: the bare baselines, kept apart from the app's queries.
import { loadNamedQueries } from "../src/db/queries.js";

const queries = loadNamedQueries(new URL("./cypher", import.meta.url).pathname);

/** Text of bench/cypher/<name>.cypher; throws naming the missing file. */
export function benchQuery(name: string): string {
  const text = queries.get(name);
  if (text === undefined) throw new Error(`bench: no query bench/cypher/${name}.cypher`);
  return text;
}
