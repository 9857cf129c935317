// The bundled Neo4j launcher: side-by-side instances, its password file, and its refusals (port in use,
// data directory locked) with messages that say what to do.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findFreePort,
  findRunningBundled,
  startBundledNeo4j,
  stopByPidFile,
  type BundledNeo4j,
} from "../../src/db/bundled.js";
import { withDriver } from "./helpers.js";

let home: string;
const started: BundledNeo4j[] = [];

async function start(name: string, port?: number): Promise<BundledNeo4j> {
  const neo = await startBundledNeo4j({
    port: port ?? (await findFreePort()),
    dataDir: path.join(home, name),
  });
  started.push(neo);
  return neo;
}

async function returnOne(neo: Pick<BundledNeo4j, "uri" | "password">): Promise<number> {
  return withDriver({ uri: neo.uri, username: "neo4j", password: neo.password }, async (driver) => {
    const { records } = await driver.executeQuery("RETURN 1 AS one", {}, { database: "neo4j" });
    return Number(records[0]?.get("one"));
  });
}

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), "nig-launcher-"));
});

afterAll(async () => {
  await Promise.all(started.map((neo) => neo.stop()));
  await rm(home, { recursive: true, force: true });
});

describe("bundled Neo4j launcher", () => {
  let first: BundledNeo4j;
  let second: BundledNeo4j;

  beforeAll(async () => {
    first = await start("first");
    second = await start("second");
  });

  it("runs two instances side by side on different ports and data directories", async () => {
    expect(first.uri).not.toBe(second.uri);
    expect(await returnOne(first)).toBe(1);
    expect(await returnOne(second)).toBe(1);
  });

  it("generates a password per data directory, kept with mode 0600, and enforces it", async () => {
    const file = await stat(path.join(first.dataDir, "password"));
    expect(file.mode & 0o777).toBe(0o600);
    expect(first.password).toMatch(/^\S{8,}$/);
    expect(first.password).not.toBe(second.password);
    await expect(returnOne({ uri: first.uri, password: "not-the-password" })).rejects.toThrow(
      /unauthorized|authentication/i,
    );
  });

  it("refuses a port in use with the port-in-use message", async () => {
    const port = Number(new URL(first.uri.replace("bolt:", "http:")).port);
    await expect(start("third", port)).rejects.toThrow(
      `port ${port} is in use; set NEO4J_BOLT_PORT or stop the other process`,
    );
  });

  it("refuses a data directory another instance holds, with the launcher's 'locked' message", async () => {
    await expect(startBundledNeo4j({ port: await findFreePort(), dataDir: first.dataDir })).rejects.toThrow(
      /^neo4j-launcher: data directory .* is locked by another Neo4j instance/,
    );
    expect(await returnOne(first)).toBe(1); // the holder is unharmed
  });

  it("is found and stopped from elsewhere through its pid file, and restarts with the same password", async () => {
    const running = await findRunningBundled(second.dataDir);
    expect(running).toMatchObject({ pid: second.pid, uri: second.uri });
    await stopByPidFile(second.dataDir);
    await second.exited;
    expect(await findRunningBundled(second.dataDir)).toBeUndefined();

    const again = await start("second");
    expect(again.password).toBe(second.password);
    expect(await returnOne(again)).toBe(1);
  });
});
