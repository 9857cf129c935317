// Issue 9: the built explorer (dist/) must carry no database credentials: no NEO4J_ variable names or
// values, no bolt:// URIs, and not the password or address of the Neo4j the e2e set-up started and
// built the app beside. It scans the build that set-up made and serves, so it costs no second build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const DIST = inject("distDir");
const NEO4J = inject("neo4jSecrets");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The secrets of the running set-up (its Neo4j's password, URI and host:port) and any NEO4J_* value set. */
function knownSecrets(): { name: string; value: string }[] {
  const fromEnv = Object.entries(process.env)
    .filter(([key, value]) => key.startsWith("NEO4J_") && value !== undefined && value.length >= 8)
    .map(([key, value]) => ({ name: key, value: value! }));
  return [
    { name: "the e2e Neo4j's password", value: NEO4J.password },
    { name: "the e2e Neo4j's Bolt URI", value: NEO4J.uri },
    { name: "the e2e Neo4j's host:port", value: NEO4J.hostPort },
    ...fromEnv,
  ];
}

describe("the built bundle", () => {
  it("holds no database credentials or NEO4J_ settings", () => {
    expect(existsSync(join(DIST, "index.html"))).toBe(true);
    const secrets = knownSecrets();
    // The launcher refuses passwords under 8 characters, so a match in the bundle cannot be an accident.
    expect(NEO4J.password.length).toBeGreaterThanOrEqual(8);
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
        if (text.includes(secret.value)) leaks.push(`${file.slice(DIST.length + 1)}: ${secret.name}`);
    }
    expect(leaks, "remove these from the browser code; credentials belong to the server only").toEqual([]);
  });
});
