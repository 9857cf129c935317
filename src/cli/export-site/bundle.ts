// Builds the explorer for the offline bundle: one classic (IIFE) script instead of ES modules, because a
// page opened from file:// may not load module scripts (CORS), nor anything marked crossorigin.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Builds src/web into `outDir` as a classic-script site (relative paths, no module preload). */
export async function buildOfflineApp(root: string, outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    base: "./",
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: { output: { format: "iife", codeSplitting: false } },
    },
  });
  const index = join(outDir, "index.html");
  await writeFile(index, offlineHtml(await readFile(index, "utf8")));
}

/**
 * Rewrites Vite's index.html for file://: module scripts become deferred classic scripts (the bundle runs
 * after the document is parsed, as a module would), crossorigin attributes go, and snapshot.js loads first.
 */
export function offlineHtml(html: string): string {
  const rewritten = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, "")
    .replace(/\s+crossorigin(="[^"]*")?/g, "")
    .replace(/<script type="module"/g, "<script defer");
  if (!rewritten.includes("<script defer")) throw new Error("export-site: the built index.html has no module script to rewrite; has vite.config.ts changed?");
  return rewritten.replace("<script defer", '<script src="./snapshot.js"></script>\n    <script defer');
}
