// The bulk path's CSV files: the loader's rows in neo4j-admin import's format, quoted, with list items
// between U+001F, and the lists the importer cannot express ([] and [""]) left empty and recorded.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, writeImportCsvs } from "../../src/db/load/bulk-csv.js";
import { buildLoadRows } from "../../src/db/load/rows.js";
import type { Dataset } from "../../src/model/records.js";

const dataset: Dataset = {
  documents: [
    {
      id: "d1",
      file: "d1.txt",
      title: "报道",
      title_en: 'A "quoted" title',
      kind: "news",
      publisher: "",
      authors: [],
      date: "2024-01-01",
      date_note: "",
      language: "zh",
      text: "宁波甲公司投资了乙基金。\n第二行。",
    },
  ],
  entities: [
    {
      id: "a",
      type: "Company",
      subtype: "",
      name_zh: "甲公司",
      name_en: "A",
      aliases: [],
      description_en: "",
    },
    {
      id: "b",
      type: "Fund",
      subtype: "",
      name_zh: "乙基金",
      name_en: "B",
      aliases: ["乙"],
      description_en: "",
    },
  ],
  relations: [
    {
      source: "b",
      type: "INVESTED_IN",
      target: "a",
      doc: "d1",
      quote: "甲公司投资了乙基金",
      amount: "",
      date: "",
      certainty: "explicit",
      note: "",
    },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nig-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeImportCsvs", () => {
  it("writes every file with typed headers, labels, gen and quoted values", () => {
    const files = writeImportCsvs(dir, buildLoadRows(dataset), 7, {
      dataVersion: "v",
      loadedAt: "t",
      counts: "{}",
    });
    const entities = readFileSync(join(dir, "entities.csv"), "utf8").split("\n");
    expect(entities[0]).toMatch(/^id:ID\(Entity\),:LABEL,gen:long,.*aliases:string\[\].*degree:long$/);
    expect(entities[1]).toMatch(new RegExp(`^"a",Entity${ARRAY_DELIMITER}Company,7,`));
    const docs = readFileSync(join(dir, "documents.csv"), "utf8");
    expect(docs).toContain('"A ""quoted"" title"');
    expect(readFileSync(join(dir, "relations.csv"), "utf8").split("\n")[1]).toMatch(/^"b","a",INVESTED_IN,/);
    expect(readFileSync(join(dir, "load-state.csv"), "utf8")).toContain('"current",LoadState,7,"v","t","{}"');
    // The document text and the entities' search_text hold line breaks; the relations do not.
    expect(files.multiline.map((f) => f.split("/").pop()).sort()).toEqual(["documents.csv", "entities.csv"]);
  });

  it('records the empty lists to fill after the import, [] apart from [""]', () => {
    const { fills } = writeImportCsvs(dir, buildLoadRows(dataset), 1, {
      dataVersion: "v",
      loadedAt: "t",
      counts: "{}",
    });
    expect(fills.entities).toEqual({ aliases: [] });
    expect(fills.documents).toEqual({ authors: [] });
    expect(fills.relations).toEqual({ amounts: [""], dates: [""], notes: [""] });
  });

  it("refuses a value holding the list delimiter", () => {
    const bad = structuredClone(dataset);
    bad.entities[1]!.aliases = [`乙${ARRAY_DELIMITER}`];
    expect(() =>
      writeImportCsvs(dir, buildLoadRows(bad), 1, { dataVersion: "v", loadedAt: "t", counts: "{}" }),
    ).toThrow(/U\+001F/);
  });
});
