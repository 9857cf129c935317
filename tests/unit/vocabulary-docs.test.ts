// The README's vocabulary tables must match src/model/vocabulary.ts, the one source of truth. The tables
// are compared as Prettier lays them out, since `npm test` keeps the README Prettier-formatted.
import { readFileSync } from "node:fs";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { entityTypeTable, relationTypeTable } from "../../src/model/vocabulary-table.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const asPrettierWrites = async (table: string) =>
  (await format(table, { parser: "markdown", printWidth: 110 })).trim();

describe("README vocabulary tables", () => {
  it("lists every entity type with its subtypes as the model defines them", async () => {
    expect(readme).toContain(await asPrettierWrites(entityTypeTable()));
  });
  it("lists every relation type with its meaning and direction as the model defines them", async () => {
    expect(readme).toContain(await asPrettierWrites(relationTypeTable()));
  });
});
