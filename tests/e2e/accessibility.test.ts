// Issue 13, item 7: axe-core (the npm package, injected into the page) finds no serious or critical
// violation on any screen: opening, detail, reader, each insight tab, briefing and presentation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");
// Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses an injected <script>.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations axe finds on the page as it is now, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Violation[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function ready(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  // A generous deadline for the first layout: the machine may be busy.
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 90_000 });
}

const TABS = ["appearance", "players", "funds", "lenses", "quality", "compare", "ecosystem"];

describe("accessibility (axe-core)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the opening view", async () => {
    const { page } = browser;
    await ready(page);
    expect(await page.locator("main").count()).toBe(1);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("the detail panel and the reader", async () => {
    const { page } = browser;
    await ready(page, "?sel=yongjiang-lab");
    await page.waitForSelector('[data-testid="detail-name"]');
    expect(await axeProblems(page)).toEqual([]);
    await page.locator('[data-testid="evidence"] .doc-link').first().click();
    await page.waitForSelector('[data-testid="reader"] .doc-text mark.mention');
    await page.waitForTimeout(300);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, "a11y-reader-1280");
  });

  it.each(TABS)("the insight tab %s", async (tab) => {
    const { page } = browser;
    if (!page.url().includes("sel=yongjiang-lab")) await ready(page, "?sel=yongjiang-lab");
    if (await page.$('[data-testid="reader"]')) await page.keyboard.press("Escape");
    if (!(await page.$('[data-testid="insight"]'))) await page.click('[data-testid="insight-open"]');
    await page.click(`[data-testid="insight-tab-${tab}"]`);
    await page.waitForTimeout(tab === "players" || tab === "appearance" ? 1500 : 500);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("the briefing panel and the presentation", async () => {
    const { page } = browser;
    await ready(page);
    await page.click('[data-testid="briefing-toggle"]');
    await page.fill('[data-testid="story-name"]', "无障碍");
    await page.click('[data-testid="story-new"]');
    await page.fill('[data-testid="view-caption"]', "总览");
    await page.click('[data-testid="view-add"]');
    expect(await axeProblems(page)).toEqual([]);
    await page.click('[data-testid="story-present"]');
    await page.waitForSelector('[data-testid="presentation-counter"]');
    await page.waitForTimeout(800);
    expect(await axeProblems(page)).toEqual([]);
  });
});
