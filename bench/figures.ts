// `npm run figures`: rewrites every README block between <!-- figures:NAME --> and <!-- /figures:NAME -->
// from a committed results file, through bench/figures/NAME.ts (which exports `source`, the results
// file's path from the repository root, and `render(results)`). Modules are found by listing that folder,
// so a new block needs only its module and its markers in the README. tests/unit/readme-figures.test.ts
// fails when the README differs from what this would write.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";

const ROOT = join(import.meta.dirname, "..");
const MODULES = join(ROOT, "bench", "figures");

interface FigureModule {
  source: string;
  render(results: never): string;
}

/** Every block's rendered text, by block name (the module's file name without `.ts`). */
async function renderBlocks(root: string): Promise<Map<string, string>> {
  const blocks = new Map<string, string>();
  for (const file of readdirSync(MODULES)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const name = basename(file, ".ts");
    const module = (await import(pathToFileURL(join(MODULES, file)).href)) as Partial<FigureModule>;
    if (typeof module.source !== "string" || typeof module.render !== "function")
      throw new Error(`figures: bench/figures/${file} must export source (a path) and render(results)`);
    const path = join(root, module.source);
    if (!existsSync(path))
      throw new Error(
        `figures: bench/figures/${file} renders ${module.source}, which is missing; run the command that writes it and commit the file`,
      );
    const results = JSON.parse(readFileSync(path, "utf8")) as never;
    blocks.set(name, module.render(results).trim());
  }
  return blocks;
}

/** `readme` with each block's content replaced; every block needs its markers and every marker a module. */
export function replaceBlocks(readme: string, blocks: ReadonlyMap<string, string>): string {
  const marked = new Set([...readme.matchAll(/<!-- figures:([\w-]+) -->/g)].map((m) => m[1]!));
  for (const name of marked)
    if (!blocks.has(name))
      throw new Error(`figures: README has a figures:${name} block but there is no bench/figures/${name}.ts`);
  let out = readme;
  for (const [name, text] of blocks) {
    const open = `<!-- figures:${name} -->`;
    const close = `<!-- /figures:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start)
      throw new Error(
        `figures: README needs the markers ${open} and ${close} (in that order) for bench/figures/${name}.ts`,
      );
    out = `${out.slice(0, start + open.length)}\n${text}\n${out.slice(end)}`;
  }
  return out;
}

/** The README as `npm run figures` would write it: blocks replaced, then formatted as `prettier --check` wants. */
export async function figuresReadme(root = ROOT): Promise<string> {
  const path = join(root, "README.md");
  const replaced = replaceBlocks(readFileSync(path, "utf8"), await renderBlocks(root));
  return format(replaced, { ...(await resolveConfig(path)), filepath: path });
}

async function main(): Promise<void> {
  const path = join(ROOT, "README.md");
  const next = await figuresReadme();
  const same = next === readFileSync(path, "utf8");
  if (!same) writeFileSync(path, next);
  console.log(same ? "figures: README.md already current" : "figures: README.md rewritten");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
