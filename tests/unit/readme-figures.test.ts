// The README's figures are generated: every figures:NAME block must be what `npm run figures` writes
// from the committed results file through bench/figures/NAME.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { figuresReadme, replaceBlocks } from "../../bench/figures.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("README figures", () => {
  it("are what npm run figures writes from the results files", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme, "run npm run figures").toBe(await figuresReadme(ROOT));
  });

  it("has a block for the Reliability figures", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const name of ["faults", "load-test"])
      expect(readme).toMatch(new RegExp(`<!-- figures:${name} -->[^]*\\|[^]*<!-- /figures:${name} -->`));
  });

  it("replaces only what lies between a block's markers", () => {
    const readme = "a\n<!-- figures:x -->\nold 1\n<!-- /figures:x -->\nb\n";
    expect(replaceBlocks(readme, new Map([["x", "new 2"]]))).toBe(
      "a\n<!-- figures:x -->\nnew 2\n<!-- /figures:x -->\nb\n",
    );
  });

  it("refuses a block without a module and a module without its block", () => {
    expect(() => replaceBlocks("<!-- figures:y -->\n<!-- /figures:y -->", new Map())).toThrow(
      /no bench\/figures\/y\.ts/,
    );
    expect(() => replaceBlocks("nothing here", new Map([["x", "1"]]))).toThrow(/needs the markers/);
  });
});
