// Reads the loader's Cypher from cypher/*.cypher (the only place Cypher lives).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const CYPHER_DIR = resolve(fileURLToPath(new URL("../../../cypher", import.meta.url)));
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher. */
export function loaderQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file: comment lines dropped, split on ';'. */
export function loaderStatements(name: string): string[] {
  return loaderQuery(name)
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
