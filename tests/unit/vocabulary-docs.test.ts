// The README's vocabulary tables must match src/model/vocabulary.ts, the one source of truth (compared
// as Prettier lays tables out, since the README is kept formatted).
import { readFileSync } from "node:fs";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { entityTypeTable, relationTypeTable } from "../../src/model/vocabulary-table.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const formatted = async (table: string) => (await format(table, { parser: "markdown" })).trim();

describe("README vocabulary tables", () => {
  it("lists every entity type with its subtypes as the model defines them", async () => {
    expect(readme).toContain(await formatted(entityTypeTable()));
  });
  it("lists every relation type with its meaning and direction as the model defines them", async () => {
    expect(readme).toContain(await formatted(relationTypeTable()));
  });
});
