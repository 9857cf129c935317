// Issue 7 in Chromium: build a three-view story, present it with the keyboard, export PNG and GEXF, and
// open the offline bundle from a local folder with the network cut, then search and expand there.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildOfflineApp } from "../../src/cli/export-site/bundle.js";
import { snapshotScript, takeSnapshot } from "../../src/cli/export-site/snapshot.js";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");
const ROOT = join(import.meta.dirname, "..", "..");

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

async function search(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
  await page.waitForSelector('[data-testid="search-results"] [role="option"]');
  await page.press('[data-testid="search"]', "Enter");
  await page.waitForSelector('[data-testid="detail-name"]');
  await page.waitForTimeout(1200);
}

async function addView(page: Page, caption: string): Promise<void> {
  await page.fill('[data-testid="view-caption"]', caption);
  await page.click('[data-testid="view-add"]');
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (buf: Buffer) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

describe("briefing mode and exports", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("builds a three-view story, presents it with the keyboard, exports PNG 2x and GEXF", async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await ready(page);
    await page.click('[data-testid="briefing-toggle"]');
    await page.fill('[data-testid="story-name"]', "宁波创新简报");
    await page.click('[data-testid="story-new"]');
    await addView(page, "宁波创新生态总览");
    await search(page, "地平线");
    await page.click('[data-testid="briefing-toggle"]');
    await page.click('[data-testid="briefing-toggle"]');
    await addView(page, "地平线与它的投资方");
    await search(page, "甬江实验室");
    await addView(page, "甬江实验室");
    expect(await page.locator('[data-testid="story-views"] li').count()).toBe(3);
    await screenshot(page, "briefing-editor");

    await page.click('[data-testid="story-present"]');
    const counter = page.locator('[data-testid="presentation-counter"]');
    await expect(counter.textContent()).resolves.toBe("1 / 3");
    await page.keyboard.press("ArrowRight");
    await expect(counter.textContent()).resolves.toBe("2 / 3");
    await page.waitForTimeout(1800);
    expect(await page.textContent('[data-testid="presentation-caption"]')).toBe("地平线与它的投资方");
    await screenshot(page, "briefing-present-1280");
    await page.keyboard.press("PageDown");
    await expect(counter.textContent()).resolves.toBe("3 / 3");
    await page.keyboard.press("PageUp");
    await expect(counter.textContent()).resolves.toBe("2 / 3");
    expect(await page.locator(".panel.left").isVisible()).toBe(false);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(1200);
    await screenshot(page, "briefing-present-1920");
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForSelector('[data-testid="briefing-toggle"]');

    await page.click('[data-testid="briefing-toggle"]');
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-png2"]'),
    ]);
    const pngBuf = readFileSync((await png.path())!);
    // The whole view composed on the fixed export page (1600 x 1000 CSS px), whatever the window size.
    expect(pngSize(pngBuf)).toEqual({ width: 3200, height: 2000 });
    // Not blank: many distinct colours once drawn back in the page.
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [320, 200];
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0, 320, 200);
      const d = ctx.getImageData(0, 0, 320, 200).data;
      const seen = new Set<number>();
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
      }
      return { distinct: seen.size, ink };
    }, pngBuf.toString("base64"));
    expect(colours.distinct).toBeGreaterThan(50);
    expect(colours.ink).toBeGreaterThan(2000);
    writeFileSync(join(import.meta.dirname, "screenshots", "briefing-export@2x.png"), pngBuf);

    const [gexf] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-view-gexf"]'),
    ]);
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-view-json"]'),
    ]);
    const g = parseGexf(MultiDirectedGraph, readFileSync((await gexf.path())!, "utf8"));
    const data = JSON.parse(readFileSync((await json.path())!, "utf8")) as {
      nodes: { id: string }[];
      edges: { id: string; source: string; target: string }[];
    };
    const visible = (await page.evaluate(() => window.__nig?.visible ?? []))
      .filter((n) => n.kind === "entity")
      .map((n) => n.id)
      .sort();
    expect(g.nodes().sort()).toEqual(visible);
    expect(data.nodes.map((n) => n.id).sort()).toEqual(visible);
    expect(g.mapEdges((_e, _a, s, t) => `${s}>${t}`).sort()).toEqual(
      data.edges.map((e) => `${e.source}>${e.target}`).sort(),
    );
    expect(g.size).toBeGreaterThan(0);
  });

  it("the offline bundle opens from a local folder with the network cut: search and expand", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nig-offline-"));
    try {
      const snapshot = await takeSnapshot(async <T>(url: string): Promise<T> => {
        const res = await fetch(new URL(url.slice(1), baseUrl));
        if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
        return (await res.json()) as T;
      });
      await buildOfflineApp(ROOT, dir);
      writeFileSync(join(dir, "snapshot.js"), snapshotScript(snapshot));
      const offline = await openBrowser(1280, 720);
      try {
        const { page, context } = offline;
        const blocked: string[] = [];
        await context.route(/^(https?|wss?):/, (route) => {
          blocked.push(route.request().url());
          return route.abort();
        });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        await page.goto(`file://${join(dir, "index.html")}`);
        await page.waitForTimeout(3000);
        expect(errors).toEqual([]);
        await ready(page);
        await search(page, "地平线");
        expect(await page.textContent('[data-testid="detail-name"]')).toContain("地平线");
        const before = (await page.evaluate(() => window.__nig?.visible ?? [])).length;
        await page.selectOption('[data-testid="detail"] select', "2");
        await page.click('[data-testid="expand"]');
        // The bundle opens on the server's opening view (capped by the e2e set-up), and the snapshot answers
        // the expansion: two hops around 地平线 bring nodes that view lacks.
        await page.waitForFunction((n) => (window.__nig?.visible.length ?? 0) > n, before, {
          timeout: 30_000,
        });
        expect(await page.textContent('[data-testid="relations-INVESTED_IN"]')).toContain("投资地平线");
        await screenshot(page, "briefing-offline");
        expect(blocked.filter((u) => !u.startsWith("data:"))).toEqual([]);
      } finally {
        await offline.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
