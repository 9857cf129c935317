// Browser benchmark: the explorer (fed through an in-memory source) against a bare sigma page over the
// same graph, in headless Chromium: navigation to first rendered frame, median frame time during a
// scripted pan and zoom, JS heap; plus ForceAtlas2 it/s in the worker against synchronous FA2.
// SwiftShader renders WebGL on the CPU: CPU-side costs are valid, GPU frame rates are not.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Page } from "playwright-core";
import { build } from "vite";
import { seededRandom } from "../src/model/seeded-random.js";
import { openBrowser } from "../tests/e2e/browser.js";

interface PageFigures {
  firstFrameMs: number;
  frameMs: number;
  renderCpuMs: number;
  heapMiB: number;
  /** From an expansion's answer handed to the page to the first frame drawing its 100 nodes. */
  expandToDrawnMs: number;
  /** Main-thread tasks over 50 ms after the first full frame (pan, zoom, expand, layout): count and longest. */
  longTasks: { count: number; maxMs: number };
}

export interface BrowserResult {
  nodes: number;
  edges: number;
  app: PageFigures;
  bare: PageFigures;
  fa2: { workerItPerSec: number; syncItPerSec: number };
}

const HTTP_PORT = 8773;
const TYPES = ["Company", "Institution", "Program", "Person", "Event", "Fund", "Park", "Region"];
/** A seeded graph with about 5 edges per node, attached preferentially (a few hubs), in the API's Subgraph shape. */
function benchGraph(n: number) {
  const random = seededRandom(n);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    type: TYPES[i % TYPES.length],
    subtype: "",
    name_zh: `节点${i}`,
    name_en: `node ${i}`,
    degree: 0,
  }));
  const ends: number[] = [0];
  const edges: { id: string; source: string; target: string; type: string; evidence: [] }[] = [];
  for (let i = 1; i < n; i++) {
    // Five edges per node on average (10^5 nodes, 5x10^5 edges in the full profile).
    for (let k = 0; k < (i % 2 === 0 ? 6 : 4); k++) {
      const j = ends[Math.floor(random() * ends.length)]!;
      if (j === i) continue;
      edges.push({
        id: `e${edges.length}`,
        source: `n${i}`,
        target: `n${j}`,
        type: "SUPPORTS",
        evidence: [],
      });
      ends.push(i, j);
      nodes[i]!.degree++;
      nodes[j]!.degree++;
    }
  }
  return { nodes, edges, truncated: false };
}

async function buildPages(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL("./pages/", import.meta.url));
  await build({
    root,
    base: "./",
    logLevel: "warn",
    configFile: false,
    plugins: [react()],
    worker: { format: "es" },
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: { bare: join(root, "bare-sigma.html"), app: join(root, "app.html") } },
    },
  });
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
  };
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(HTTP_PORT, "127.0.0.1", () => resolve(server)));
}

// Computed here, not in the page: tsx's name helpers do not exist inside page.evaluate.
function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
}

/** Loads a page, waits for the first frame with every node, pans and zooms for 60 frames. */
async function measurePage(page: Page, url: string): Promise<PageFigures> {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.firstFrameMs !== undefined, undefined, {
    timeout: 300_000,
    polling: 100,
  });
  // firstFrameMs is relative to the page's time origin, i.e. to the start of the navigation.
  const firstFrameMs = await page.evaluate(() => window.__bench.firstFrameMs!);
  const frames = await page.evaluate(async () => {
    const sigma = window.__bench.sigma!;
    const camera = sigma.getCamera();
    const before = window.__bench.renderMs.length;
    const deltas: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      const s = camera.getState();
      camera.setState({ x: s.x + 0.004, y: s.y + 0.002, ratio: s.ratio * (i < 30 ? 0.97 : 1.03) });
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return { deltas, cpu: window.__bench.renderMs.slice(before) };
  });
  const expandToDrawnMs = await page.evaluate(async () => {
    window.__startExpand();
    const deadline = performance.now() + 120_000;
    while (window.__bench.expand?.drawnAt === undefined && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    const e = window.__bench.expand!;
    return e.drawnAt === undefined ? Number.NaN : e.drawnAt - e.releasedAt;
  });
  // Let the partial layout after the expand run, so its long tasks (if any) are counted too.
  await page.waitForTimeout(3000);
  const long = await page.evaluate(() =>
    window.__bench.longTasks.filter((t) => t.start >= window.__bench.firstFrameMs!).map((t) => t.ms),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return {
    firstFrameMs,
    frameMs: median(frames.deltas),
    renderCpuMs: median(frames.cpu),
    heapMiB: usedSize / 2 ** 20,
    expandToDrawnMs,
    longTasks: { count: long.length, maxMs: Math.max(0, ...long) },
  };
}

/** Runs every size: bare page, then the app, in the same browser; FA2 measured on the bare page. */
export async function benchBrowser(
  sizes: readonly number[],
  log: (line: string) => void,
): Promise<{ results: BrowserResult[]; chromium: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nig-bench-pages-"));
  await buildPages(dir);
  const server = await serve(dir);
  // The e2e tests' one launch of Chromium (flags, profile), at a bigger window.
  const browser = await openBrowser(1600, 1000);
  const { context } = browser;
  try {
    const results: BrowserResult[] = [];
    for (const n of sizes) {
      const graph = benchGraph(n);
      writeFileSync(join(dir, `graph-${n}.json`), JSON.stringify(graph));
      const page = await context.newPage();
      const bare = await measurePage(page, `http://127.0.0.1:${HTTP_PORT}/bare-sigma.html?n=${n}`);
      const fa2 = await page.evaluate(() =>
        (
          window as unknown as {
            __fa2: (ms: number) => Promise<{ workerItPerSec: number; syncItPerSec: number }>;
          }
        ).__fa2(4000),
      );
      await page.close();
      const appPage = await context.newPage();
      const app = await measurePage(appPage, `http://127.0.0.1:${HTTP_PORT}/app.html?n=${n}&open=n0~1~~~100`);
      await appPage.close();
      log(
        `browser: ${n} nodes: first frame app ${app.firstFrameMs.toFixed(0)} ms / bare ${bare.firstFrameMs.toFixed(0)} ms; frame ${app.frameMs.toFixed(1)} / ${bare.frameMs.toFixed(1)} ms; expand-to-drawn ${app.expandToDrawnMs.toFixed(0)} / ${bare.expandToDrawnMs.toFixed(0)} ms; longest task ${app.longTasks.maxMs.toFixed(0)} ms; FA2 worker ${fa2.workerItPerSec.toFixed(1)} it/s`,
      );
      results.push({ nodes: n, edges: graph.edges.length, app, bare, fa2 });
    }
    return { results, chromium: `Chromium ${context.browser()?.version() ?? "(persistent context)"}` };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
