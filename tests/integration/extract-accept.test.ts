// Issue 10 round trip: a new document goes through extract, review (rows marked accept here, as a
// reviewer would in the CSV), accept into a temp copy of data/, and load into the integration
// Neo4j, where the new entity and its relations must be found. Restores the real data afterwards.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDataDirectory } from "../../src/data/validate.js";
import { loadDataDirectory } from "../../src/db/loader.js";
import { acceptCandidates } from "../../src/extract/accept.js";
import { analyse } from "../../src/extract/analysis.js";
import { extractDocument } from "../../src/extract/extract.js";
import { Lac } from "../../src/extract/lac/lac.js";
import { documentRow, readCandidateFolder, writeCandidateFolder } from "../../src/extract/output.js";
import { useTestNeo4j } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURE = join(ROOT, "tests", "fixtures", "extract-new-doc", "sensor-institute.txt");
const NEW_NAME = "宁波海曙智能传感研究院";

// The test loads a copy of data/ with the new document; the helper loads data/ back afterwards.
const neo = useTestNeo4j({ restoreData: true });
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "nig-extract-accept-"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("extract → review → accept → load (issue 10)", () => {
  it("puts the new document's entity and relations into the loaded graph", async () => {
    const dataDir = join(work, "data");
    cpSync(join(ROOT, "data"), dataDir, { recursive: true });
    const known = validateDataDirectory(dataDir).dataset!;
    const text = readFileSync(FIXTURE, "utf8");
    const result = extractDocument("sensor-institute", text, known, await analyse(text, await Lac.load()));
    const outDir = join(work, "candidates");
    writeCandidateFolder(outDir, {
      candidates: result.candidates,
      document: documentRow("sensor-institute", text),
      text,
    });

    // Review: accept the new institute and the relations that touch it.
    const { folder } = readCandidateFolder(outDir);
    expect(folder).toBeDefined();
    const institute = folder!.candidates.entities.find((e) => e.name_zh === NEW_NAME);
    expect(institute).toMatchObject({ status: "new", type: "Institution" });
    for (const e of folder!.candidates.entities) if (e === institute) e.decision = "accept";
    for (const r of folder!.candidates.relations)
      if (r.source === institute!.id || r.target === institute!.id) r.decision = "accept";

    const report = acceptCandidates(folder!, dataDir);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report).toMatchObject({ ok: true, added: { entities: 1, document: true } });

    await loadDataDirectory(neo.driver, dataDir, { database: neo.database });
    const { records } = await neo.driver.executeQuery(
      `MATCH (s:LoadState {id: 'current'})
       MATCH (e:Entity {name_zh: $name, gen: s.gen})
       OPTIONAL MATCH (e)-[r:LOCATED_IN]->(zone:Entity {id: 'yongjiang-sci-tech-innovation-zone'})
       OPTIONAL MATCH (founder:Entity {id: 'nwpu'})-[f:ESTABLISHED]->(e)
       OPTIONAL MATCH (d:Document {id: 'sensor-institute', gen: s.gen})-[:MENTIONS]->(e)
       RETURN e.id AS id, r.docs AS locatedDocs, f.quotes AS quotes, d IS NOT NULL AS mentioned`,
      { name: NEW_NAME },
      { database: neo.database },
    );
    expect(records).toHaveLength(1);
    const row = records[0]!.toObject();
    expect(row.id).toBe(institute!.id);
    expect(row.locatedDocs).toEqual(["sensor-institute"]);
    expect(row.quotes?.[0]).toContain("由宁波市科学技术局联合西北工业大学共同组建");
    expect(row.mentioned).toBe(true);
  });

  it("writes nothing when the reviewed rows would not validate", async () => {
    const dataDir = join(work, "data-bad");
    cpSync(join(ROOT, "data"), dataDir, { recursive: true });
    const before = readFileSync(join(dataDir, "relations.csv"), "utf8");
    const text = readFileSync(FIXTURE, "utf8");
    const known = validateDataDirectory(dataDir).dataset!;
    const { candidates } = extractDocument(
      "sensor-institute",
      text,
      known,
      await analyse(text, await Lac.load()),
    );
    // Accept a relation to the new institute but not the institute itself: a dangling id.
    for (const r of candidates.relations) r.decision = "accept";
    const report = acceptCandidates(
      { candidates, document: documentRow("sensor-institute", text), text },
      dataDir,
    );
    expect(report.ok).toBe(false);
    expect(
      report.issues.some((i) => i.severity === "error" && i.message.includes("is not an entity id")),
    ).toBe(true);
    expect(readFileSync(join(dataDir, "relations.csv"), "utf8")).toBe(before);
  });

  it("refuses to accept a row that duplicates a known entity, and takes it with merge:<id>", async () => {
    const dataDir = join(work, "data-dup");
    cpSync(join(ROOT, "data"), dataDir, { recursive: true });
    const before = readFileSync(join(dataDir, "entities.csv"), "utf8");
    const text =
      "宁波市国家高新区管委会主任崔平表示，宁波市国家高新区今年新增企业100家。\n宁波高新区加快发展。\n";
    const known = validateDataDirectory(dataDir).dataset!;
    const { candidates } = extractDocument("zone-news", text, known, await analyse(text, await Lac.load()));
    const zone = candidates.entities.find((e) => e.name_zh === "宁波市国家高新区");
    expect(zone).toMatchObject({
      status: "conflict",
      proposal: expect.stringContaining("ningbo-high-tech-zone"),
    });
    for (const e of candidates.entities) e.decision = "accept";
    const folder = { candidates, document: documentRow("zone-news", text), text };
    const refused = acceptCandidates(folder, dataDir);
    expect(refused.ok).toBe(false);
    const issue = refused.issues.find((i) => i.line === candidates.entities.indexOf(zone!) + 2);
    expect(issue?.message).toContain("would duplicate a known entity");
    expect(issue?.message).toContain("merge:ningbo-high-tech-zone");
    expect(readFileSync(join(dataDir, "entities.csv"), "utf8")).toBe(before);

    // The reviewer merges the duplicates instead; the new person is accepted and printed.
    for (const e of candidates.entities)
      e.decision = e.status === "conflict" ? `merge:${/^([a-z0-9-]+)/.exec(e.proposal)![1]}` : "accept";
    const merged = acceptCandidates(folder, dataDir);
    expect(merged.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(merged.ok).toBe(true);
    expect(merged.changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entity cui-ping Person\/Person 崔平$/),
        expect.stringMatching(/^aliases of ningbo-high-tech-zone: .*宁波市国家高新区/),
      ]),
    );
    const after = validateDataDirectory(dataDir).dataset!;
    expect(after.entities.filter((e) => e.type === "Park" && e.subtype === "HighTechZone")).toHaveLength(
      known.entities.filter((e) => e.type === "Park" && e.subtype === "HighTechZone").length,
    );
    expect(after.entities.find((e) => e.id === "ningbo-high-tech-zone")?.aliases).toContain(
      "宁波市国家高新区",
    );
  });
});
