// In real Chromium: hovering a node highlights it and its neighbours (only their labels are drawn, the
// hovered one boxed), and leaving it brings the other labels back; "size by" a metric draws nodes in the
// metric's order (read from the key-players table), which the default sizes do not follow.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { EntityResponse } from "../../src/model/api.js";
import { openBrowser, screenshot, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

async function open(page: Page): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]');
  await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1500); // the opening camera move
}

const drawnLabels = (page: Page) =>
  page.evaluate(() => (window.__nigLabels?.()?.labels ?? []).map((l) => ({ id: l.id, boxed: l.boxed })));

/** Drawn size of every visible entity (canvas pixels), by id. */
const drawnSizes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      (window.__nig?.visible ?? [])
        .filter((n) => n.kind === "entity")
        .flatMap((n) => {
          const p = window.__nigNodePosition?.(n.id);
          return p ? [[n.id, p.size] as const] : [];
        }),
    ),
  );

/** Pairs (a, b) where a ranks strictly above b by `rank` but is drawn smaller. */
function outOfOrder(rank: Map<string, number>, sizes: Record<string, number>): string[] {
  const ids = [...rank.keys()].filter((id) => sizes[id] !== undefined);
  const wrong: string[] = [];
  for (const a of ids)
    for (const b of ids)
      if (rank.get(a)! > rank.get(b)! && sizes[a]! < sizes[b]! - 0.01) wrong.push(`${a} < ${b}`);
  return wrong;
}

describe("hover and size by metric", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hovering a node draws only its and its neighbours' labels, its own boxed; leaving restores the rest", async () => {
    const { page } = browser;
    await open(page);
    const visible = new Set(
      (await page.evaluate(() => window.__nig?.visible ?? []))
        .filter((n) => n.kind === "entity")
        .map((n) => n.id),
    );
    // The most connected visible node that is drawn inside the canvas.
    const shown = await drawnSizes(page);
    const target = Object.entries(shown).sort((a, b) => b[1] - a[1])[0]![0];
    const detail = (await (await fetch(`${baseUrl}api/entities/${target}`)).json()) as EntityResponse;
    const around = new Set([target, ...detail.neighbours.map((n) => n.id).filter((id) => visible.has(id))]);
    expect(around.size).toBeGreaterThan(1);
    const before = await drawnLabels(page);
    expect(
      before.filter((l) => !around.has(l.id)).length,
      "labels outside the hover set before",
    ).toBeGreaterThan(0);

    const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    const at = (await page.evaluate((id) => window.__nigNodePosition?.(id) ?? null, target))!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect
      .poll(async () => (await drawnLabels(page)).find((l) => l.id === target)?.boxed, { timeout: 10_000 })
      .toBe(true);
    const during = await drawnLabels(page);
    expect(during.filter((l) => !around.has(l.id)).map((l) => l.id)).toEqual([]);
    expect(during.filter((l) => l.id !== target).length, "no neighbour label drawn").toBeGreaterThan(0);
    await screenshot(page, "hover-node-1280");

    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect
      .poll(async () => (await drawnLabels(page)).filter((l) => !around.has(l.id)).length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
  });

  it("size by PageRank draws the nodes in PageRank order", async () => {
    const { page } = browser;
    await open(page);
    await page.click('[data-testid="insight-open"]');
    await page.click('[data-testid="insight-tab-players"]');
    await page.waitForSelector('[data-testid="players-row"]');
    // PageRank is the fifth column (name, degree, weighted degree, betweenness, PageRank).
    const pagerank = new Map(
      await page
        .locator('[data-testid="players-row"]')
        .evaluateAll((rows) =>
          rows.map((tr) => [tr.getAttribute("data-id") ?? "", Number(tr.children[4]?.textContent)] as const),
        ),
    );
    expect([...pagerank.values()].every((v) => Number.isFinite(v))).toBe(true);
    const plain = await drawnSizes(page);
    expect(outOfOrder(pagerank, plain).length, "default sizes already follow PageRank").toBeGreaterThan(0);

    await page.click('[data-testid="insight-tab-appearance"]');
    await page.selectOption('[data-testid="insight-size"]', "pagerank");
    await expect
      .poll(async () => outOfOrder(pagerank, await drawnSizes(page)), { timeout: 10_000 })
      .toEqual([]);
    const sized = Object.values(await drawnSizes(page));
    expect(Math.max(...sized)).toBeGreaterThan(2 * Math.min(...sized));
    await screenshot(page, "size-by-pagerank-1280");
  });
});
