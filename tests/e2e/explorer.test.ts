// What a user does in the explorer, in real Chromium against the real API and a bundled Neo4j.
import type { Page } from "playwright-core";
import type { Subgraph } from "../../src/model/api.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");
const controlUrl = inject("controlUrl");

const visible = (page: Page) => page.evaluate(() => window.__nig?.visible ?? []);
const visibleIds = async (page: Page) => (await visible(page)).map((n) => n.id).sort();
/** The N of a "+N more" placeholder, read from the label it is drawn with. */
async function moreCount(page: Page, id: string): Promise<number> {
  const label = await page.evaluate((n) => window.__nigNodePosition?.(n)?.label ?? "", id);
  const n = /^\+(\d+)/.exec(label)?.[1];
  if (n === undefined)
    throw new Error(`explorer: ${id} is not drawn as a "+N more" placeholder ("${label}")`);
  return Number(n);
}

/** Opens the app (with an optional query) and waits until the opening layout has run. */
async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

async function search(page: Page, testId: string, text: string): Promise<void> {
  await page.fill(`[data-testid="${testId}"]`, text);
  await page.waitForSelector(`[data-testid="${testId}-results"] [role="option"]`);
  await page.press(`[data-testid="${testId}"]`, "Enter");
}

describe("explorer", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens on the overview with a legend that counts entity types", async () => {
    const { page } = browser;
    await open(page);
    expect((await visible(page)).length).toBeGreaterThan(10);
    await expect(page.textContent('[data-testid="legend"]')).resolves.toMatch(/企业|Company/);
    await screenshot(page, "overview-1280");
  });

  it("search 地平线: focused, with its investor and the quote in the panel, and the reader at the quote", async () => {
    const { page } = browser;
    await open(page);
    await search(page, "search", "地平线");
    await page.waitForSelector('[data-testid="detail-name"]');
    await page.waitForTimeout(1500);
    expect(await page.textContent('[data-testid="detail-name"]')).toContain("地平线");
    const invested = page.locator('[data-testid="relations-INVESTED_IN"]');
    await expect(invested.textContent()).resolves.toContain("投资地平线");
    expect(await visibleIds(page)).toContain("horizon-robotics");
    await screenshot(page, "search-horizon");
    await invested.locator('[data-testid="evidence"] button').first().click();
    await page.waitForSelector('[data-testid="active-quote"]');
    expect(await page.textContent('[data-testid="reader"]')).toContain("投资地平线");
    await screenshot(page, "reader-quote");
  });

  it("expanding a node adds its neighbours; undo takes them away again", async () => {
    const { page } = browser;
    await open(page, "?sel=horizon-robotics");
    await page.waitForFunction(() => window.__nig?.visible.some((n) => n.id === "horizon-robotics"));
    const before = await visibleIds(page);
    await page.selectOption('[data-testid="detail"] select', "2");
    await page.click('[data-testid="expand"]');
    await page.waitForFunction((n) => (window.__nig?.visible.length ?? 0) > n, before.length, {
      timeout: 30_000,
    });
    expect((await visibleIds(page)).length).toBeGreaterThan(before.length);
    await screenshot(page, "expand");
    await page.click('[data-testid="undo"]');
    await page.waitForFunction((n) => window.__nig?.visible.length === n, before.length);
  });

  it("a hub shows the neighbours past the page limit as '+N more' per type, opened page by page", async () => {
    const { page } = browser;
    // The largest hub of the core ecosystem (35 links), paged five new neighbours at a time.
    const hub = "ningbo-high-tech-zone";
    const answer = await fetch(new URL(`api/neighbourhood?id=${hub}&depth=1&limit=500`, baseUrl));
    const neighbours = ((await answer.json()) as Subgraph).nodes.filter((n) => n.id !== hub);
    // Every type shown (hideT= empty) in both views, so that only the expansion tells them apart.
    await open(page, "?hideT=");
    const opening = new Set(await visibleIds(page));
    await open(page, `?open=${hub}~1~~~5&hideT=`);
    await page.waitForFunction((h) => window.__nig?.visible.some((n) => n.id.startsWith(`more:${h}:`)), hub, {
      timeout: 30_000,
    });
    const firstPage = await visible(page);
    const added = firstPage.filter((n) => n.kind === "entity" && !opening.has(n.id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThanOrEqual(5);
    // One placeholder per type, and its "+N" is exactly how many neighbours of that type are not shown.
    const placeholders = firstPage.filter((n) => n.kind === "more");
    expect(new Set(placeholders.map((p) => p.type)).size).toBe(placeholders.length);
    const left = (shown: { id: string }[], type: string) =>
      neighbours.filter((n) => n.type === type && !shown.some((s) => s.id === n.id)).length;
    for (const p of placeholders) expect(await moreCount(page, p.id)).toBe(left(firstPage, p.type));
    await screenshot(page, "hub");

    // Opening a placeholder pages in the next neighbours of its type, and only of its type.
    const [more, ...others] = placeholders.sort((a, b) => a.id.localeCompare(b.id));
    const othersBefore = await Promise.all(others.map((p) => moreCount(page, p.id)));
    await page.waitForFunction(() => window.__nigBusy?.() === false, undefined, { timeout: 30_000 });
    const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    const at = (await page.evaluate((id) => window.__nigNodePosition?.(id) ?? null, more!.id))!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.mouse.move(5, 700); // off the canvas: a hover dims (and unlabels) the other nodes
    // The placeholder goes as soon as its page is asked for; its nodes come with the answer.
    const entities = firstPage.filter((n) => n.kind === "entity").length;
    await page.waitForFunction(
      ([id, n]) =>
        !window.__nig?.visible.some((v) => v.id === id) &&
        (window.__nig?.visible.filter((v) => v.kind === "entity").length ?? 0) > n,
      [more!.id, entities] as const,
      { timeout: 30_000 },
    );
    const secondPage = await visible(page);
    // The next page is 30 larger; the rest of this hub's neighbours of the type fit it, so none is left out.
    expect(left(secondPage, more!.type)).toBe(0);
    const newOnes = secondPage.filter((n) => n.kind === "entity" && !firstPage.some((f) => f.id === n.id));
    expect(newOnes.length).toBe(left(firstPage, more!.type));
    expect(newOnes.every((n) => n.type === more!.type)).toBe(true);
    expect(await Promise.all(others.map((p) => moreCount(page, p.id)))).toEqual(othersBefore);

    // The URL holds both pages: opened again, it shows the same.
    const url = page.url();
    await open(page, url.slice(baseUrl.length));
    await page.waitForFunction((n) => window.__nig?.visible.length === n, secondPage.length, {
      timeout: 30_000,
    });
    expect(await visibleIds(page)).toEqual(secondPage.map((n) => n.id).sort());
  });

  it("finds a path between two entities and lists each hop with evidence", async () => {
    const { page } = browser;
    await open(page);
    await page.click('[data-testid="tab-paths"]');
    await search(page, "path-from", "地平线");
    await search(page, "path-to", "香港交易所");
    await page.click('[data-testid="find-paths"]');
    await page.waitForSelector('[data-testid="path"] li');
    expect(await page.locator('[data-testid="path"] [data-testid="evidence"]').count()).toBeGreaterThan(0);
    await screenshot(page, "paths");
  });

  it("opens on the core ecosystem; the legend's switch shows Regions and Programmes, and hides them again", async () => {
    const { page } = browser;
    await open(page);
    const opening = await visible(page);
    expect(opening.some((n) => n.type === "Company")).toBe(true);
    expect(opening.filter((n) => n.type === "Region" || n.type === "Program")).toEqual([]);
    const toggle = page.locator('[data-testid="context-toggle"]');
    await expect(toggle.textContent()).resolves.toContain("显示地区与项目");
    await expect(toggle.textContent()).resolves.toContain("Show Regions & Programmes");
    await toggle.click();
    await page.waitForFunction(() => window.__nig?.visible.some((n) => n.type === "Region"));
    expect((await visible(page)).some((n) => n.type === "Program")).toBe(true);
    // The link now says every type is shown, and restores it.
    expect(new URL(page.url()).searchParams.get("hideT")).toBe("");
    await open(page, new URL(page.url()).search);
    expect((await visible(page)).some((n) => n.type === "Region")).toBe(true);
    await page.click('[data-testid="context-toggle"]');
    await page.waitForFunction(
      () => !window.__nig?.visible.some((n) => n.type === "Region" || n.type === "Program"),
    );
  });

  it("filters hide what they should: an entity type, and everything but the fund network under the funds lens", async () => {
    const { page } = browser;
    await open(page, "?hideT=");
    expect((await visible(page)).some((n) => n.type === "Program")).toBe(true);
    await page.click('[data-testid="legend-Program"]');
    await page.waitForFunction(() => !window.__nig?.visible.some((n) => n.type === "Program"));
    await page.click('[data-testid="tab-filters"]');
    await page.check('[data-testid="lens-funds"]');
    await page.waitForFunction(() => window.__nig?.visible.every((n) => n.type !== "Program"));
    const lens = await visible(page);
    expect(lens.some((n) => n.type === "Fund")).toBe(true);
    expect(lens.length).toBeLessThan(40);
    await screenshot(page, "funds-lens");
  });

  it("a shared URL restores the view: selection, expansion and filters", async () => {
    const { page } = browser;
    await open(page, "?sel=horizon-robotics");
    await page.waitForSelector('[data-testid="detail-name"]');
    await page.click('[data-testid="expand"]');
    await page.click('[data-testid="legend-Region"]');
    await page.waitForFunction(() => !window.__nig?.visible.some((n) => n.type === "Region"));
    await page.waitForTimeout(1500);
    const url = page.url();
    const shown = await visibleIds(page);
    const other = await openBrowser(1920, 1080);
    try {
      await open(other.page, url.slice(baseUrl.length));
      await other.page.waitForSelector('[data-testid="detail-name"]');
      expect(await other.page.textContent('[data-testid="detail-name"]')).toContain("地平线");
      await other.page.waitForFunction((n) => window.__nig?.visible.length === n, shown.length, {
        timeout: 30_000,
      });
      expect(await visibleIds(other.page)).toEqual(shown);
      await screenshot(other.page, "shared-url-1920");
    } finally {
      await other.close();
    }
  });

  it("shows a banner while the database is away and clears it when it returns", async () => {
    const { page } = browser;
    await open(page);
    expect(await page.locator('[data-testid="db-banner"]').count()).toBe(0);
    await fetch(`${controlUrl}/stop`, { method: "POST" });
    try {
      await page.waitForSelector('[data-testid="db-banner"]', { timeout: 30_000 });
      await screenshot(page, "db-away");
    } finally {
      await fetch(`${controlUrl}/start`, { method: "POST" });
    }
    await page.waitForSelector('[data-testid="db-banner"]', { state: "detached", timeout: 60_000 });
  });
});
