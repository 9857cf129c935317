// Framing and fit, as a user sees it: "go to view" in the story editor frames the view in the free area; a path
// view's nodes do not sit on each other; a quote across a paragraph break leaves no blank marked line; the
// search placeholder fits in "both" language mode. Screenshots at 1280x720.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { emptyStory, storyToBase64 } from "../../src/web/briefing/story.js";
import { encodeView } from "../../src/web/state/url.js";
import { DEFAULT_VIEW } from "../../src/web/state/types.js";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

async function idOf(name: string): Promise<string> {
  const res = await fetch(new URL(`api/search?q=${encodeURIComponent(name)}&limit=1`, baseUrl));
  const body = (await res.json()) as { results: { id: string }[] };
  return body.results[0]!.id;
}

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

/** Pairs of shown nodes whose discs overlap on screen. */
async function overlapping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pos = (window.__nig?.visible ?? []).flatMap((n) => {
      const p = window.__nigNodePosition?.(n.id);
      return p ? [{ id: n.id, ...p }] : [];
    });
    const out: string[] = [];
    for (let i = 0; i < pos.length; i++)
      for (let j = i + 1; j < pos.length; j++) {
        const [a, b] = [pos[i]!, pos[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) * 0.9) out.push(`${a.id} ~ ${b.id}`);
      }
    return out;
  });
}

describe("framing and fit: story camera, separated nodes, reader breaks, search placeholder", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("'go to view' in the story editor frames the view's nodes in the free area", async () => {
    const { page } = browser;
    const horizon = await idOf("地平线");
    const story = {
      ...emptyStory("编辑器故事"),
      views: [
        {
          query: encodeView({ ...DEFAULT_VIEW, camera: { x: 0.95, y: 0.1, ratio: 3 } }),
          caption: "总览",
          dataVersion: "",
        },
        {
          query: encodeView({ ...DEFAULT_VIEW, selected: horizon, camera: { x: 0.1, y: 0.9, ratio: 0.2 } }),
          caption: "地平线",
          dataVersion: "",
        },
      ],
    };
    await open(page, `?story=${storyToBase64(story)}`);
    await page.click('[data-testid="briefing-toggle"]');
    await page.evaluate(() => void (window.__nigSlide = undefined));
    await page.locator('[data-testid="story-views"] button.link').nth(1).click();
    await page.waitForFunction(() => window.__nigSlide !== undefined, undefined, { timeout: 20_000 });
    await page.waitForTimeout(1200); // later loads may re-frame once more
    await page.waitForFunction(() => window.__nigSlide !== undefined, undefined, { timeout: 20_000 });
    const { box, points } = (await page.evaluate(() => window.__nigSlide))!;
    await screenshot(page, "fit-story-go-1280");
    expect(points.length).toBeGreaterThan(1);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(p.x).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(p.y).toBeGreaterThanOrEqual(box.y - 1);
      expect(p.y).toBeLessThanOrEqual(box.y + box.height + 1);
    }
    // The box (canvas pixels) is the free area: clear of the left panel and of the detail panel.
    const canvas = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    const left = (await page.locator(".panel.left").boundingBox())!;
    const detail = await page.locator(".panel.detail").boundingBox();
    expect(canvas.x + box.x).toBeGreaterThanOrEqual(left.x + left.width);
    if (detail) expect(canvas.x + box.x + box.width).toBeLessThanOrEqual(detail.x);
  });

  it("the path view's nodes do not sit on one another", async () => {
    const { page } = browser;
    const [from, to] = [await idOf("可之"), await idOf("上海交大研究院")];
    await open(page, `?path=${from},${to}`);
    await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 1, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    expect(await overlapping(page)).toEqual([]);
    await screenshot(page, "fit-path-1280");
  });

  it("a quote across a paragraph break marks no blank line", async () => {
    const { page } = browser;
    const text = readFileSync(
      join(import.meta.dirname, "..", "..", "data", "documents", "hightech-zone-engine.txt"),
      "utf8",
    );
    const at = text.indexOf("\n\n", 500);
    const quote = text.slice(at - 12, at + 14);
    await open(page, `?doc=${encodeURIComponent(`hightech-zone-engine,${quote}`)}`);
    await page.waitForSelector('[data-testid="active-quote"]');
    const marks = await page.$$eval('[data-testid="reader"] mark', (ms) =>
      ms.map((m) => m.textContent ?? ""),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m).not.toMatch(/\n/);
      expect(m.trim()).not.toBe("");
    }
    await screenshot(page, "fit-reader-break-1280");
  });

  it("the search placeholder fits its box in 'both' mode", async () => {
    const { page } = browser;
    await open(page, "?lang=both");
    const fits = await page.$eval('input[data-testid="search"]', (el) => {
      const input = el as HTMLInputElement;
      const cs = getComputedStyle(input);
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room };
    });
    expect(fits.text).toContain("Search");
    expect(fits.width).toBeLessThanOrEqual(fits.room);
    await screenshot(page, "fit-search-both-1280");
  });
});
