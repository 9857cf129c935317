// Child process for the API bench: our Fastify app over one driver, listening on loopback.
// Usage: tsx bench/servers/app-server.ts <boltUri> <password> <httpPort>; prints READY when listening.
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { createDriver } from "../../src/db/driver.js";

const [uri, password, port] = process.argv.slice(2);
if (!uri || !password || !port)
  throw new Error("app-server: usage: tsx bench/servers/app-server.ts <boltUri> <password> <httpPort>");
const driver = createDriver({ uri, username: "neo4j", password });
const app = await buildApp({
  driver,
  database: "neo4j",
  config: { ...DEFAULT_SERVER_CONFIG, port: Number(port) },
  logger: false,
});
await app.listen({ host: "127.0.0.1", port: Number(port) });
console.log("READY");
process.on(
  "SIGTERM",
  () =>
    void app
      .close()
      .then(() => driver.close())
      .then(() => process.exit(0)),
);
