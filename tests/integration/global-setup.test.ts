// The shared integration database: provided through useTestNeo4j(), authenticated, and loaded with data/.
import { expect, it } from "vitest";
import { useTestNeo4j } from "./helpers.js";

const neo = useTestNeo4j();

it("provides a loaded Neo4j on 127.0.0.1, also exported as NEO4J_* for child processes", async () => {
  expect(neo.connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  expect(process.env.NEO4J_URI).toBe(neo.connection.uri);
  const { records } = await neo.driver.executeQuery(
    "MATCH (e:Entity) RETURN count(e) AS entities",
    {},
    { database: neo.database },
  );
  expect(Number(records[0]?.get("entities"))).toBeGreaterThan(0);
});
