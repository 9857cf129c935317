// Issue 9, web security: the built explorer runs under the server's strict Content-Security-Policy
// with no violation (console or securitypolicyviolation event) while it opens, lays out, searches and
// expands; and the security headers are on every response.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/server/security.js";
import { openBrowser, type Browser } from "./browser.js";

const baseUrl = inject("baseUrl");

describe("Content-Security-Policy", () => {
  let browser: Browser;
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser(1280, 720);
    const { page } = browser;
    page.on("console", (message) => {
      if (/content security policy|refused to (load|execute|apply|connect|create)/i.test(message.text()))
        violations.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `Refused to apply (securitypolicyviolation): ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends the strict policy and the other security headers with the app", async () => {
    const response = await fetch(baseUrl);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const api = await fetch(`${baseUrl}api/health`, { headers: { Origin: "https://elsewhere.example" } });
    expect(api.headers.get("access-control-allow-origin")).toBeNull();
    expect(api.headers.get("cache-control")).toBe("no-store");
  });

  it("runs the explorer with no CSP violation: open, lay out, search, expand", async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.waitForSelector('[data-testid="graph-canvas"][data-ready="yes"]', { timeout: 60_000 });
    await page.waitForFunction(() => (window.__nig?.layoutVersion ?? 0) > 0, undefined, { timeout: 30_000 });
    await page.fill('[data-testid="search"]', "地平线");
    await page.waitForSelector('[data-testid="search-results"] [role="option"]');
    await page.press('[data-testid="search"]', "Enter");
    await page.waitForSelector('[data-testid="detail-name"]');
    const before = await page.evaluate(() => window.__nig?.visible.length ?? 0);
    await page.selectOption('[data-testid="detail"] select', "2");
    await page.click('[data-testid="expand"]');
    await page.waitForFunction((n) => (window.__nig?.visible.length ?? 0) > n, before, { timeout: 30_000 });
    // The expansion's layout runs in the worker (worker-src): give it time to start before reading.
    await page.waitForTimeout(1000);
    expect(violations).toEqual([]);
  });
});
