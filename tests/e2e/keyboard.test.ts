// Issue 13, item 7: the explorer without a mouse. Tab reaches the search before the zoom buttons; a
// keyboard user searches, opens the hit, moves to a neighbour, reads a relation's quote, opens the
// reader at it, comes back with Escape to the very link they left, and walks the visible nodes with
// the arrow keys of the "On canvas" list.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

async function ready(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  // A generous deadline for the first layout: the machine may be busy.
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 90_000 });
}

/** A short name of the focused element: its test id, else its class, else its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return (
      el.getAttribute("data-testid") ??
      el.getAttribute("aria-label") ??
      (el.className || el.tagName.toLowerCase())
    );
  });

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

const selected = (page: Page) => new URL(page.url()).searchParams.get("sel");

describe("keyboard only", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Tab reaches the search first and the zoom buttons after it", async () => {
    const { page } = browser;
    await ready(page);
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused(page));
    }
    expect(stops[0]).toBe("search");
    expect(stops.indexOf("zoom in")).toBeGreaterThan(stops.indexOf("search"));
  });

  it("search, a neighbour, its quote, the reader, and Escape back to where the user was", async () => {
    const { page } = browser;
    await ready(page);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Yongjiang");
    await page.waitForSelector('[data-testid="search-results"] [role="option"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="detail-name"]');
    expect(selected(page)).toBe("yongjiang-lab");
    // Opening the detail moved focus into it.
    expect(await page.evaluate(() => document.activeElement?.closest(".panel.detail") !== null)).toBe(true);

    // Move to a neighbour: the first entity link of the relations.
    await tabTo(page, ".panel.detail .entity-link");
    const neighbourName = (await page.evaluate(() => document.activeElement?.textContent)) ?? "";
    await page.keyboard.press("Enter");
    await expect.poll(() => selected(page)).not.toBe("yongjiang-lab");
    await page.waitForSelector('[data-testid="detail-name"]');
    const neighbour = selected(page);
    expect(neighbourName.length).toBeGreaterThan(0);

    // Read a relation's quote: the evidence link sits right under its quote.
    await tabTo(page, ".panel.detail .doc-link");
    const quote = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-testid="evidence"]')?.querySelector("blockquote")?.textContent,
    );
    expect(quote?.replace(/^「|」$/g, "").length).toBeGreaterThan(4);
    const linkText = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="active-quote"]');
    expect(await page.evaluate(() => document.activeElement?.closest(".panel.reader") !== null)).toBe(true);
    const active = await page.locator('[data-testid="active-quote"]').allTextContents();
    expect(quote).toContain(active.join("").slice(0, 8));
    await screenshot(page, "keyboard-reader-1280");

    // Escape closes the reader and gives focus back to the very link that opened it.
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="reader"]', { state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.classList.contains("doc-link"))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(linkText);
    expect(selected(page)).toBe(neighbour);

    // Escape again closes the detail and gives focus back to the search the user started from.
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="detail"]', { state: "detached" });
    expect(await focused(page)).toBe("search");
  });

  it("walks the visible nodes with the arrow keys and opens one with Enter", async () => {
    const { page } = browser;
    await ready(page);
    await tabTo(page, '[data-testid="tab-shown"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="shown-item"]');
    const visible = await page.evaluate(
      () => window.__nig?.visible.filter((n) => n.kind === "entity").length,
    );
    expect(await page.locator('[data-testid="shown-item"]').count()).toBe(visible);
    await tabTo(page, '[data-testid="shown-item"]');
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(third).toBe(await page.locator('[data-testid="shown-item"]').nth(2).getAttribute("data-id"));
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="detail-name"]');
    expect(selected(page)).toBe(third);
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="detail"]', { state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(third);
  });
});
