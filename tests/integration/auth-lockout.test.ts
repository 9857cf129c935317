// Issue 16: the bundled Neo4j's user (the one the app logs in as) is never locked out by someone
// else's wrong passwords; Neo4j's default locks a user after 3 failed attempts.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { useTestNeo4j } from "./helpers.js";

const neo = useTestNeo4j();

describe("the bundled Neo4j's login", () => {
  it("still lets the app in after ten wrong passwords for its user", async () => {
    const { uri, username, password, database } = neo.connection;
    for (let attempt = 0; attempt < 10; attempt++) {
      const intruder = neo4j.driver(uri, neo4j.auth.basic(username, `wrong-${attempt}-password`));
      try {
        await expect(intruder.verifyConnectivity({ database })).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
      } finally {
        await intruder.close();
      }
    }
    const app = neo4j.driver(uri, neo4j.auth.basic(username, password));
    try {
      // Neo4j's default would lock the user for auth_lock_time (5 s) after the third wrong password.
      const { records } = await app.executeQuery("RETURN 1 AS one", {}, { database });
      expect(records[0]?.get("one").toNumber()).toBe(1);
    } finally {
      await app.close();
    }
  });
});
