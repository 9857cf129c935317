// Builds the explorer for the offline bundle: one classic (IIFE) script instead of ES modules, because a
// page opened from file:// may not load module scripts (CORS), nor anything marked crossorigin.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";

const WORKER_URL =
  /new Worker\(\s*new URL\(\s*(["'])([^"']+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^}]*\})?\s*\)/g;

/**
 * file:// pages may not start workers from files; rewrites `new Worker(new URL("./x.ts", import.meta.url))`
 * into Vite's inline worker (`?worker&inline`, started from a blob), for the offline build only.
 */
function inlineWorkers(): Plugin {
  return {
    name: "nig-offline-inline-workers",
    enforce: "pre",
    transform(code, id) {
      if (id.includes("node_modules") || !/\.tsx?$/.test(id) || !code.includes("new Worker(")) return null;
      const imports: string[] = [];
      const out = code.replace(WORKER_URL, (_m, _q: string, path: string) => {
        const name = `__NigInlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return imports.length ? { code: `${imports.join("\n")}\n${out}`, map: null } : null;
    },
  };
}

/** Builds src/web into `outDir` as a classic-script site (relative paths, no module preload). */
export async function buildOfflineApp(root: string, outDir: string): Promise<void> {
  const { build } = await import("vite");
  // Under a test runner NODE_ENV is "test", which would give a development bundle; the site is production.
  const savedEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  await build({
    root: join(root, "src", "web"),
    mode: "production",
    plugins: [inlineWorkers()],
    worker: { format: "iife" },
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    base: "./",
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: { output: { format: "iife", codeSplitting: false } },
    },
  }).finally(() => {
    if (savedEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = savedEnv;
  });
  const index = join(outDir, "index.html");
  await writeFile(index, offlineHtml(await readFile(index, "utf8")));
}

/**
 * Rewrites Vite's index.html for file://: module scripts become deferred classic scripts (the bundle runs
 * after the document is parsed, as a module would), crossorigin attributes go, and snapshot.js loads first.
 */
function offlineHtml(html: string): string {
  const rewritten = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, "")
    .replace(/\s+crossorigin(="[^"]*")?/g, "")
    .replace(/<script type="module"/g, "<script defer");
  if (!rewritten.includes("<script defer"))
    throw new Error(
      "export-site: the built index.html has no module script to rewrite; has vite.config.ts changed?",
    );
  return rewritten.replace("<script defer", '<script src="./snapshot.js"></script>\n    <script defer');
}
