// The loader against a real Neo4j: idempotent, writes nothing for bad data, and atomic when killed.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDataset, writeDataDirectory } from "../../src/data/synthetic.js";
import { countAllGenerations, graphChecksum } from "../../src/db/load/checksum.js";
import { DataValidationError, loadDataDirectory } from "../../src/db/loader.js";
import { useTestNeo4j } from "./helpers.js";
import { runLoadCli } from "./load-cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures");
const VALID = join(FIXTURES, "valid-small");

// These tests load fixtures into the shared database; the helper loads data/ back afterwards.
const db = useTestNeo4j({ restoreData: true });
let synthetic: string;

beforeAll(() => {
  synthetic = mkdtempSync(join(tmpdir(), "nig-synthetic-"));
  writeDataDirectory(synthetic, syntheticDataset({ entities: 1500, relations: 2500 }));
});

afterAll(() => {
  if (synthetic) rmSync(synthetic, { recursive: true, force: true });
});

const checksum = () => graphChecksum(db.driver, db.database);

describe("loadDataDirectory", () => {
  it("is idempotent: a second load gives equal counts and an equal checksum", async () => {
    const first = await loadDataDirectory(db.driver, VALID, { database: db.database, batchSize: 3 });
    const before = await checksum();
    const second = await loadDataDirectory(db.driver, VALID, { database: db.database, batchSize: 3 });
    expect(second.counts).toEqual(first.counts);
    expect(second.gen).toBe(first.gen + 1);
    expect(await checksum()).toEqual(before);
    expect(first.counts).toMatchObject({ documents: 2, entities: 8, relations: 7, evidence: 8 });
    expect(await countAllGenerations(db.driver, db.database)).toMatchObject({
      generations: [second.gen],
      nodes: 10,
    });
  });

  // extract-unseen-mini is a valid data directory (the extractor's tiny unseen set), not bad data.
  const bad = readdirSync(FIXTURES).filter(
    (name) => name !== "valid-small" && name !== "extract-unseen-mini" && !name.includes("."),
  );
  it.each(bad)("writes nothing for the bad fixture %s", async (name) => {
    const before = await checksum();
    const all = await countAllGenerations(db.driver, db.database);
    const error = await loadDataDirectory(db.driver, join(FIXTURES, name), { database: db.database }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).issues.some((issue) => issue.severity === "error")).toBe(true);
    expect(await checksum()).toEqual(before);
    expect(await countAllGenerations(db.driver, db.database)).toEqual(all);
  });
});

describe("npm run load, killed part-way", () => {
  it("leaves the previous graph whole at every kill point, then a full load succeeds", async () => {
    await loadDataDirectory(db.driver, VALID, { database: db.database });
    const before = await checksum();
    // Batches of 50: 1 of documents, 30 of entities, 60 of mentions, 50 of relations (141 in all);
    // kill in each phase, the last one just before the switch.
    for (const killAfter of [1, 2, 30, 60, 100, 140]) {
      const run = await runLoadCli(synthetic, db.env, { killAfter });
      expect(run.signal, run.lines.join("\n")).toBe("SIGKILL");
      expect(await checksum()).toEqual(before);
    }
    const full = await runLoadCli(synthetic, db.env);
    expect(full.code, full.lines.join("\n")).toBe(0);
    const after = await checksum();
    expect(after.checksum).not.toEqual(before.checksum);
    expect(after.nodes).toBe(1503);
    const all = await countAllGenerations(db.driver, db.database);
    expect(all.generations).toHaveLength(1);
    expect(all.nodes).toBe(1503);
  });
});
