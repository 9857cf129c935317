// Issue 6 in real Chromium: colour by community, the key-players table, the fund view and a fund trace.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
}

async function openInsight(page: Page, tab: string): Promise<void> {
  if (!(await page.$('[data-testid="insight"]'))) await page.click('[data-testid="insight-open"]');
  await page.click(`[data-testid="insight-tab-${tab}"]`);
}

describe("insight", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("colours by community, with a legend naming each community by its central members", async () => {
    const { page } = browser;
    await open(page);
    await openInsight(page, "appearance");
    await page.selectOption('[data-testid="insight-colour"]', "community");
    await page.selectOption('[data-testid="insight-size"]', "pagerank");
    await page.waitForSelector('[data-testid="community-legend"] li');
    const items = await page.locator('[data-testid="community-legend"] li').count();
    expect(items).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="community-legend"] li').first().textContent()).toMatch(/·/);
    await page.waitForTimeout(500);
    await screenshot(page, "insight-community-1280");
  });

  it("the key-players table sorts, filters by type, and a click selects the node", async () => {
    const { page } = browser;
    await openInsight(page, "players");
    await page.waitForSelector('[data-testid="players-row"]');
    const rows = page.locator('[data-testid="players-row"]');
    expect(await rows.count()).toBeGreaterThan(10);
    await page.click('[data-testid="players-sort-degree"]');
    const degrees = await rows.evaluateAll((trs) =>
      trs.slice(0, 10).map((tr) => Number(tr.children[1]?.textContent)),
    );
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    await page.selectOption('[data-testid="players-type"]', "Company");
    const first = await rows.first().getAttribute("data-id");
    expect(first).toBeTruthy();
    await rows.first().click();
    await page.waitForSelector('[data-testid="detail-name"]');
    expect(page.url()).toContain(`sel=${first ?? ""}`);
    await page.waitForTimeout(800);
    await screenshot(page, "insight-players-1280");
  });

  it("the fund view lists every fund and traces where the money went and who stands behind", async () => {
    const { page } = browser;
    await open(page);
    await openInsight(page, "funds");
    await page.waitForSelector('[data-testid="fund-row"]');
    expect(await page.locator('[data-testid="fund-row"]').count()).toBeGreaterThanOrEqual(5);
    const row = page.locator('[data-testid="fund-row"]', { hasText: "地平线" }).first();
    await row.locator('[data-testid="trace-down"]').click();
    await page.waitForSelector('[data-testid="insight-clear"]');
    await page.waitForTimeout(800);
    await screenshot(page, "insight-fund-trace-down-1280");
    await row.locator('[data-testid="trace-up"]').click();
    await expect
      .poll(() => row.locator('[data-testid="trace-up"]').getAttribute("aria-pressed"))
      .toBe("true");
    await page.waitForTimeout(800);
    await screenshot(page, "insight-fund-trace-up-1280");
    await page.click('[data-testid="insight-clear"]');
    expect(await page.$('[data-testid="insight-clear"]')).toBeNull();
  });

  it("at 1920x1080 the drawer sits between the panels with the lenses readable", async () => {
    const wide = await openBrowser(1920, 1080);
    try {
      await open(wide.page);
      await openInsight(wide.page, "lenses");
      await wide.page.waitForSelector('[data-testid="lens-brokers"] li');
      expect(await wide.page.locator('[data-testid="lens-brokers"] li').count()).toBeGreaterThan(0);
      // Between the panels: clear of the left panel, inside the window, and no lens line cut off.
      const drawer = (await wide.page.locator('[data-testid="insight"]').boundingBox())!;
      const left = (await wide.page.locator(".panel.left").boundingBox())!;
      expect(drawer.x).toBeGreaterThanOrEqual(left.x + left.width);
      expect(drawer.x + drawer.width).toBeLessThanOrEqual(1920);
      const cut = await wide.page
        .locator('[data-testid="lens-brokers"] li')
        .evaluateAll((items) =>
          items.filter((li) => li.scrollWidth > li.clientWidth + 1).map((li) => li.textContent),
        );
      expect(cut).toEqual([]);
      await screenshot(wide.page, "insight-lenses-1920");
    } finally {
      await wide.close();
    }
  });
});
