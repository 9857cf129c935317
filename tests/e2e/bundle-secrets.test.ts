// Issue 9: the built explorer (dist/) must carry no database credentials: no NEO4J_ variable names or
// values, no bolt:// URIs, no password of the local bundled Neo4j. It scans the build that the e2e
// set-up made and serves, so it runs on a fresh clone too and costs no second build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = inject("distDir");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Secrets this machine knows: NEO4J_* values from the environment and the bundled Neo4j's password. */
function knownSecrets(): string[] {
  const values = Object.entries(process.env)
    .filter(([key, value]) => key.startsWith("NEO4J_") && value !== undefined && value.length >= 8)
    .map(([, value]) => value!);
  const passwordFile = join(ROOT, ".neo4j", "data", "password");
  if (existsSync(passwordFile)) values.push(readFileSync(passwordFile, "utf8").trim());
  return values;
}

describe("the built bundle", () => {
  it("holds no database credentials or NEO4J_ settings", () => {
    expect(existsSync(join(DIST, "index.html"))).toBe(true);
    const secrets = knownSecrets();
    const leaks: string[] = [];
    for (const file of files(DIST).filter((f) => /\.(js|mjs|html|css|json|map|txt)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      for (const pattern of [
        /NEO4J_[A-Z_]+/,
        /bolt(\+s|\+ssc)?:\/\/[^\s"'`]+/,
        /neo4j(\+s|\+ssc)?:\/\/[^\s"'`]+/,
        /neo4j\.auth\.basic/,
      ]) {
        const match = pattern.exec(text);
        if (match) leaks.push(`${file.slice(DIST.length + 1)}: ${match[0]}`);
      }
      for (const secret of secrets)
        if (text.includes(secret))
          leaks.push(`${file.slice(DIST.length + 1)}: a NEO4J_ value or the bundled password`);
    }
    expect(leaks, "remove these from the browser code; credentials belong to the server only").toEqual([]);
  });
});
