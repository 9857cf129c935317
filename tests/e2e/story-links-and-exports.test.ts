// Issue 7, the rough edges: a story opens from its ?story= link and from an uploaded file; presenting frames
// each view's nodes above the caption (even views saved with panels open and a stray camera), at 1920x1080
// and 1280x720; the 4x PNG and the SVG show the whole view with legend, caption and sources outside it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { emptyStory, serialiseStory, storyToBase64, type Story } from "../../src/web/briefing/story.js";
import { encodeView } from "../../src/web/state/url.js";
import { DEFAULT_VIEW } from "../../src/web/state/types.js";
import { openBrowser, screenshot, SCREENSHOTS, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

async function idOf(name: string): Promise<string> {
  const res = await fetch(new URL(`api/search?q=${encodeURIComponent(name)}&limit=1`, baseUrl));
  const body = (await res.json()) as { results: { id: string }[] };
  return body.results[0]!.id;
}

/** Three views, each with a camera that would be wrong if trusted (taken with panels open, elsewhere). */
async function makeStory(name: string): Promise<Story> {
  const [horizon, lab] = [await idOf("地平线"), await idOf("甬江实验室")];
  const view = (v: Partial<typeof DEFAULT_VIEW>, caption: string) => ({
    query: encodeView({ ...DEFAULT_VIEW, ...v }),
    caption,
    dataVersion: "",
  });
  return {
    ...emptyStory(name),
    views: [
      view({ camera: { x: 0.95, y: 0.1, ratio: 3 } }, "宁波创新生态总览"),
      view({ selected: horizon, camera: { x: 0.2, y: 0.8, ratio: 0.3 } }, "地平线与它的投资方"),
      view(
        { selected: lab, focus: 1, lang: "en", camera: { x: 0.7, y: 0.7, ratio: 0.2 } },
        "Yongjiang Laboratory",
      ),
    ],
  };
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

/** Forgets the last slide frame, so the next check waits for a fresh one. */
const clearSlide = (page: Page) => page.evaluate(() => void (window.__nigSlide = undefined));

/** Waits for the slide's camera to settle, then checks its nodes sit inside the box above the caption, centred. */
async function expectFramed(page: Page): Promise<void> {
  let last = "";
  for (let i = 0; i < 30; i++) {
    await page.waitForFunction(() => window.__nigSlide !== undefined, undefined, { timeout: 15_000 });
    const now = JSON.stringify(await page.evaluate(() => window.__nigSlide));
    if (now === last) break;
    last = now;
    await page.waitForTimeout(1000);
  }
  const { box, points } = (await page.evaluate(() => window.__nigSlide))!;
  expect(points.length).toBeGreaterThan(0);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  for (const p of points) {
    expect(p.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(p.x).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(p.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(p.y).toBeLessThanOrEqual(box.y + box.height + 1);
  }
  const caption = await page.locator('[data-testid="presentation-caption"]').boundingBox();
  expect(Math.max(...ys)).toBeLessThan(caption!.y);
  if (points.length > 2) {
    // Centred: the nodes' middle is near the box's middle (labels to the right shift it a little left).
    expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - (box.x + box.width / 2))).toBeLessThan(
      box.width * 0.15,
    );
    expect(Math.abs((Math.min(...ys) + Math.max(...ys)) / 2 - (box.y + box.height / 2))).toBeLessThan(
      box.height * 0.15,
    );
  }
}

/** Distinct colours and inked pixels of a PNG, drawn back in the page at thumbnail size. */
async function ink(page: Page, png: Buffer): Promise<{ distinct: number; ink: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    [c.width, c.height] = [400, 250];
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0, 400, 250);
    const d = ctx.getImageData(0, 0, 400, 250).data;
    const seen = new Set<number>();
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) n++;
    }
    return { distinct: seen.size, ink: n };
  }, png.toString("base64"));
}

const pngSize = (buf: Buffer) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

describe("briefing: stories from links and files, framed slides, whole-view images", () => {
  let browser: Browser;
  let tmp: string;
  beforeAll(async () => {
    browser = await openBrowser(1920, 1080);
    tmp = mkdtempSync(join(tmpdir(), "nig-story-"));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("opens a story from its ?story= link and presents each view framed above the caption", async () => {
    const { page } = browser;
    const story = await makeStory("链接故事");
    await page.goto(`${baseUrl}?story=${storyToBase64(story)}`);
    await ready(page);
    await page.click('[data-testid="briefing-toggle"]');
    await expect
      .poll(() => page.locator('[data-testid="story-select"] option:checked').textContent())
      .toBe("链接故事 (3)");
    await page.click('[data-testid="story-present"]');
    await expectFramed(page);
    await screenshot(page, "briefing-slide1-1920");
    await clearSlide(page);
    await page.keyboard.press("ArrowRight");
    await expectFramed(page);
    await screenshot(page, "briefing-slide2-1920");
    await clearSlide(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectFramed(page);
    await screenshot(page, "briefing-slide2-1280");
    await clearSlide(page);
    await page.keyboard.press("PageDown");
    await expect(page.textContent('[data-testid="presentation-counter"]')).resolves.toBe("3 / 3");
    await expectFramed(page);
    await screenshot(page, "briefing-slide3-1280");
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1920, height: 1080 });
  }, 120_000);

  it("opens a story from an uploaded JSON file", async () => {
    const { page } = browser;
    const file = join(tmp, "upload.story.json");
    writeFileSync(file, serialiseStory(await makeStory("上传的故事")));
    await page.goto(baseUrl);
    await ready(page);
    await page.click('[data-testid="briefing-toggle"]');
    await page.setInputFiles('[data-testid="story-upload"]', file);
    await expect
      .poll(() => page.locator('[data-testid="story-select"] option:checked').textContent())
      .toBe("上传的故事 (3)");
    expect(await page.locator('[data-testid="story-views"] li').count()).toBe(3);
  });

  it("exports a 4x PNG of the whole view and an SVG naming every visible node, well-formed", async () => {
    const { page, context } = browser;
    // Step to the second view (地平线 selected, panels open) and export from there.
    await page.locator('[data-testid="story-views"] li button.link').nth(1).click();
    await page.waitForSelector('[data-testid="detail-name"]');
    await page.waitForTimeout(2000);
    const [png] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.click('[data-testid="export-png4"]'),
    ]);
    const pngBuf = readFileSync((await png.path())!);
    expect(pngSize(pngBuf)).toEqual({ width: 6400, height: 4000 });
    const seen = await ink(page, pngBuf);
    expect(seen.distinct).toBeGreaterThan(50);
    expect(seen.ink).toBeGreaterThan(3000);
    const [png2] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-png2"]'),
    ]);
    writeFileSync(join(SCREENSHOTS, "briefing-export@2x.png"), readFileSync((await png2.path())!));

    const [svgDl] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-svg"]'),
    ]);
    const svg = readFileSync((await svgDl.path())!, "utf8");
    const [jsonDl] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="export-view-json"]'),
    ]);
    const view = JSON.parse(readFileSync((await jsonDl.path())!, "utf8")) as {
      nodes: { id: string; name_zh: string; name_en: string }[];
    };
    const visible = await page.evaluate(() => window.__nig?.visible ?? []);
    expect(view.nodes.length).toBe(visible.filter((n) => n.kind === "entity").length);
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => unescape(m[1]!));
    expect(titles.length).toBe(visible.length);
    for (const n of view.nodes) expect(titles.some((t) => t.includes(n.name_zh || n.name_en))).toBe(true);
    // Every drawn label is some visible node's name; the legend, caption and sources are there.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!));
    expect(texts.some((t) => t.startsWith("来源 Sources:"))).toBe(true);
    expect(texts).toContain("实体类型 Entity types");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
      };
    }, svg);
    expect(parsed).toEqual({ error: null, root: "svg" });
    expect(svg).toContain("@font-face");

    // Look at it as a browser draws it (CJK glyphs from the embedded font).
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 1600, height: 1000 });
    await viewer.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body>`,
    );
    await viewer.waitForTimeout(500);
    await screenshot(viewer, "briefing-export-svg");
    await viewer.close();
  }, 120_000);
});
