// Issue 5, UX review: what a demanding user notices — a whole title, edge hover cards, expanding by
// relation type, Escape closing panels, the selection kept clear of the panel, and taps on a tablet.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RELATION_TYPE_INFO, type RelationType } from "../../src/model/vocabulary.js";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");
/** The e2e set-up loads data/ (E2E_DATA_DIR to point it elsewhere): the relations an edge card may show. */
const DATA_DIR = process.env.E2E_DATA_DIR ?? "data";
const readCsv = <T>(file: string): T[] =>
  parse(readFileSync(join(DATA_DIR, file), "utf8"), { columns: true, bom: true }) as T[];
const RELATIONS = readCsv<{ source: string; type: string; target: string; quote: string }>("relations.csv");
const NAMES = new Map(readCsv<{ id: string; name_zh: string }>("entities.csv").map((e) => [e.id, e.name_zh]));

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

/**
 * Middles of the straight edges drawn in the free canvas (canvas pixels), longest first: inside the
 * label layer's bounds and clear of every panel and control it keeps labels away from.
 */
async function hoverableEdges(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const drawn = window.__nigLabels?.();
    if (!drawn) return [];
    const m = 12;
    const { bounds: b, obstacles } = drawn;
    const inside = (x: number, y: number, r: { x: number; y: number; width: number; height: number }) =>
      x > r.x - m && x < r.x + r.width + m && y > r.y - m && y < r.y + r.height + m;
    return (window.__nigEdgeMiddles?.() ?? [])
      .filter((e) => e.length > 40)
      .filter((e) => e.x > b.x + m && e.x < b.x + b.width - m && e.y > b.y + m && e.y < b.y + b.height - m)
      .filter((e) => !obstacles.some((o) => inside(e.x, e.y, o)))
      .sort((a, z) => z.length - a.length);
  });
}

/** Page coordinates of node `id`, once it is drawn. */
async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction((n) => window.__nigNodePosition?.(n) != null, id, { timeout: 30_000 });
  await page.waitForTimeout(900); // the camera animation
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  const pos = await page.evaluate((n) => window.__nigNodePosition?.(n) ?? null, id);
  if (!box || !pos) throw new Error(`explorer-ux: node ${id} is not on screen`);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

describe("explorer UX (issue 5 review)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the whole app title at 1280x720 in both languages", async () => {
    const { page } = browser;
    await open(page, "?lang=both");
    const title = page.locator('[data-testid="app-title"]');
    await expect(title.textContent()).resolves.toMatch(/宁波创新图谱.*Ningbo Innovation Graph/);
    const clipped = await title.evaluate(
      (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    );
    expect(clipped).toBe(false);
  });

  it("hovering an edge shows its relation type, its ends and its quote", async () => {
    const { page } = browser;
    await open(page, "?sel=horizon-robotics&lang=zh");
    await page.waitForSelector('[data-testid="detail-name"]');
    await page.waitForFunction(() => window.__nigBusy?.() === false, undefined, { timeout: 30_000 });
    const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    const mids = (await hoverableEdges(page)).map((m) => ({ ...m, x: m.x + box.x, y: m.y + box.y }));
    expect(mids.length, "no straight edge drawn in the free canvas").toBeGreaterThan(0);
    let shown = false;
    for (const m of mids.slice(0, 6)) {
      for (const [dx, dy] of [
        [0, 0],
        [0, 1],
        [1, 0],
        [0, -1],
        [-1, 0],
      ] as const) {
        await page.mouse.move(m.x + dx, m.y + dy);
        shown = await page
          .locator('[data-testid="edge-tip"]')
          .isVisible()
          .catch(() => false);
        if (shown) break;
      }
      if (shown) break;
    }
    expect(shown, "no edge card on hovering the middle of a drawn edge").toBe(true);
    const type = (await page.textContent('[data-testid="edge-tip"] .edge-tip-type'))?.trim() ?? "";
    const ends = (await page.textContent('[data-testid="edge-tip"] .edge-tip-ends')) ?? "";
    // Every relation in data/ carries its sentence: the card quotes one verbatim, never "无引文".
    const quote = /「(.+)」/.exec((await page.textContent('[data-testid="edge-tip"]')) ?? "")?.[1];
    expect(quote, "the edge card shows no quote").toBeDefined();
    const rows = RELATIONS.filter((r) => r.quote === quote);
    expect(rows.length, `not a quote of data/relations.csv: ${quote}`).toBeGreaterThan(0);
    // ... and it is the quote of the relation the card names: its type and both of its ends.
    const named = rows.filter(
      (r) =>
        type === RELATION_TYPE_INFO[r.type as RelationType]?.zh &&
        ends.includes(NAMES.get(r.source) ?? r.source) &&
        ends.includes(NAMES.get(r.target) ?? r.target),
    );
    expect(
      named.length,
      `the card "${type} ${ends}" does not name the relation its quote belongs to`,
    ).toBeGreaterThan(0);
    await screenshot(page, "ux-edge-hover");
    await page.mouse.move(5, 700);
    await page.waitForSelector('[data-testid="edge-tip"]', { state: "detached" });
  });

  it("expands along the chosen relation types only", async () => {
    const { page } = browser;
    await open(page, "?sel=ningbo-high-tech-zone");
    await page.waitForSelector('[data-testid="detail-name"]');
    await page.click('[data-testid="expand-relations"] summary');
    const first = page.locator('[data-testid="expand-relations"] input[type="checkbox"]').first();
    const type = await first.getAttribute("value");
    await first.check();
    await expect(page.textContent('[data-testid="expand-relations"] summary')).resolves.toMatch(/1/);
    await page.click('[data-testid="expand"]');
    await page.waitForFunction(
      (ty) => decodeURIComponent(location.search).includes(`ningbo-high-tech-zone~1~${ty}~`),
      type,
    );
  });

  it("Escape closes the reader, then the detail panel", async () => {
    const { page } = browser;
    await open(page, "?sel=horizon-robotics");
    await page.locator('[data-testid="evidence"] button').first().click();
    await page.waitForSelector('[data-testid="reader"]');
    await page.locator('[data-testid="reader"] .close').focus();
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="reader"]', { state: "detached" });
    await page.waitForSelector('[data-testid="detail"]');
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="detail"]', { state: "detached" });
  });

  it("keeps the selected node clear of the detail panel and of the reader", async () => {
    const { page } = browser;
    await open(page, "?sel=horizon-robotics");
    await page.waitForSelector('[data-testid="detail-name"]');
    const pos = await nodeOnPage(page, "horizon-robotics");
    const panel = await page.locator('[data-testid="detail"]').boundingBox();
    expect(pos.x).toBeLessThan(panel!.x - 10);
    await page.locator('[data-testid="evidence"] button').first().click();
    await page.waitForSelector('[data-testid="active-quote"]');
    const inReader = await nodeOnPage(page, "horizon-robotics");
    const reader = await page.locator('[data-testid="reader"]').boundingBox();
    expect(inReader.x).toBeLessThan(reader!.x - 10);
  });
});

describe("explorer on a tablet (touch)", () => {
  it("a tap on a node selects it and opens its panel", async () => {
    const touch = await openBrowser(1024, 768, [], { hasTouch: true });
    try {
      const { page } = touch;
      await open(page);
      // The opening view's hub (Regions such as 宁波市 start hidden).
      const pos = await nodeOnPage(page, "ningbo-high-tech-zone");
      await page.touchscreen.tap(pos.x, pos.y);
      await page.waitForSelector('[data-testid="detail-name"]', { timeout: 10_000 });
      await expect(page.textContent('[data-testid="detail-name"]')).resolves.toContain("宁波高新");
      await screenshot(page, "ux-tablet-tap");
    } finally {
      await touch.close();
    }
  });
});
