// Each bad fixture in tests/fixtures/ has exactly one problem; the validator must name it precisely.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDirectory } from "../../src/data/validate.js";

const fixture = (name: string): string => join(import.meta.dirname, "..", "fixtures", name);

/** file:line:column: message, the way the CLI prints it. */
const errorsOf = (name: string): string[] =>
  validateDataDirectory(fixture(name)).issues.map(
    (i) => `${i.severity} ${i.file}:${i.line}:${i.column}: ${i.message}`,
  );

const EXPECTED: Record<string, string> = {
  "broken-quoting":
    'error entities.csv:2:83: broken CSV quoting (CSV_INVALID_CLOSING_QUOTE): unexpected character after a closing quote; a " inside a quoted field must be doubled ("")',
  "unknown-type":
    'error entities.csv:9:13: unknown entity type "Firm"; use one of: Institution, Company, Fund, Park, Region, Program, Event, Person',
  "unknown-subtype":
    'error entities.csv:4:27: unknown subtype "TechZone" for type Park; use one of: HighTechZone, InnovationZone, SoftwarePark, IndustrialPark, LaunchSite, Incubator (or add it to src/model/vocabulary.ts)',
  "unknown-relation-type":
    'error relations.csv:5:15: unknown relation type "RUNS"; use one of: ESTABLISHED, INVESTED_IN, MANAGES, INCUBATED, PART_OF, LOCATED_IN, OPERATES, COLLABORATES_WITH, SUPPLIES, LEADS, PARTICIPATES_IN, SUPPORTS, FUNDS, SIGNED_WITH, HEADS, HOSTS, ISSUED, LISTED_ON, LEARNS_FROM',
  "unknown-certainty": 'error relations.csv:6:72: unknown certainty "likely"; use explicit or implied',
  "dangling-id":
    'error relations.csv:8:26: target "tech-policies" is not an entity id in entities.csv; fix the id or add the entity',
  "dangling-doc":
    'error relations.csv:4:46: doc "doc-z" is not a document id in documents.csv; fix the id or add the document',
  "duplicate-id":
    'error entities.csv:10:1: duplicate id "ningbo" (first used on line 7); give this row its own id or merge the two rows',
  "bad-id":
    'error entities.csv:10:1: bad id "Beilun_District": ids are lowercase ascii words joined by hyphens, like "yongjiang-lab"',
  "alias-on-two-entities":
    'error entities.csv:9:52: "YONGJIANG LAB" in aliases already names entity "yongjiang-lab" (line 2); one name or alias may name only one entity: remove it from one of them',
  "quote-not-in-document":
    'error relations.csv:2:51: quote not found verbatim in document "doc-a" (the text matches up to "甬江实验室由宁波市", then differs at character 10 of the quote); copy the exact text from the document',
  "empty-required-field": 'error relations.csv:8:69: empty required field "certainty"; fill it in',
  "unknown-column":
    'error entities.csv:1:56: unknown column "notes"; the columns are: id, type, subtype, name_zh, name_en, aliases, description_en',
  "missing-column":
    'error relations.csv:1:1: missing column "note"; add it to the header (it may be left empty in rows)',
  "bad-date":
    'error documents.csv:3:48: bad date "2024-02-30": write a real date as YYYY-MM-DD (put uncertainty in date_note)',
  "wrong-encoding":
    'error documents/doc-b.txt:2:10: not valid UTF-8 (first bad byte at offset 28); re-save the file as UTF-8 (in LibreOffice: Save As, Character set "Unicode (UTF-8)")',
};

describe("validateDataDirectory", () => {
  it("accepts the valid fixture, formula-like names included, with no issue", () => {
    const result = validateDataDirectory(fixture("valid-small"));
    expect(result.issues).toEqual([]);
    expect(result.dataset?.entities.find((e) => e.id === "formula-fund")?.name_zh).toBe("=创新基金");
    expect(result.dataset?.relations.find((r) => r.type === "INVESTED_IN")?.amount).toBe("1,000万元");
    expect(result.dataVersion).toMatch(/^[0-9a-f]{64}$/);
  });

  for (const [name, message] of Object.entries(EXPECTED)) {
    it(`reports exactly one problem for ${name}`, () => {
      const result = validateDataDirectory(fixture(name));
      expect(result.dataset).toBeUndefined();
      expect(errorsOf(name)).toEqual([message]);
    });
  }

  it("reports a missing document file at its row in documents.csv", () => {
    const [issue, ...rest] = validateDataDirectory(fixture("missing-document-file")).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: "documents.csv", line: 3, column: 7, severity: "error" });
    expect(issue?.message).toMatch(/^missing document file documents\/doc-c\.txt: no such file/);
  });

  it("accepts header-only and zero-byte entity and relation files", () => {
    const dir = mkdtempSync(join(tmpdir(), "nig-empty-"));
    try {
      cpSync(fixture("valid-small"), dir, { recursive: true });
      writeFileSync(join(dir, "entities.csv"), "id,type,subtype,name_zh,name_en,aliases,description_en\n");
      writeFileSync(join(dir, "relations.csv"), "");
      const result = validateDataDirectory(dir);
      expect(result.issues).toEqual([]);
      expect(result.dataset?.entities).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports every problem together, not only the first", () => {
    const dir = mkdtempSync(join(tmpdir(), "nig-many-"));
    try {
      cpSync(fixture("valid-small"), dir, { recursive: true });
      writeFileSync(
        join(dir, "relations.csv"),
        "source,type,target,doc,quote,amount,date,certainty,note\r\nnobody,RUNS,ningbo,doc-a,甬江实验室,,,maybe,\r\n",
      );
      const messages = validateDataDirectory(dir).issues.map(
        (i) => `${i.line}:${i.column} ${i.message.split(";")[0]}`,
      );
      expect(messages).toEqual([
        '2:1 source "nobody" is not an entity id in entities.csv',
        '2:8 unknown relation type "RUNS"',
        '2:34 unknown certainty "maybe"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
