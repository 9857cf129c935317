// The README's vocabulary tables must match src/model/vocabulary.ts, the one source of truth.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entityTypeTable, relationTypeTable } from "../../src/model/vocabulary-table.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README vocabulary tables", () => {
  it("lists every entity type with its subtypes as the model defines them", () => {
    expect(readme).toContain(entityTypeTable());
  });
  it("lists every relation type with its meaning and direction as the model defines them", () => {
    expect(readme).toContain(relationTypeTable());
  });
});
