// The built app runs under its own strict Content-Security-Policy with no violation.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/app/csp';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy', () => {
  it('is sent as a header and a meta tag, strict, and the app runs under it with no violation', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(baseUrl());
    const header = response?.headers()['content-security-policy'];
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(header).toBe(contentSecurityPolicy());
    expect(meta).toBe(contentSecurityPolicy());
    for (const policy of [header ?? '', meta ?? '']) {
      expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    }

    // Use the app: map, areas, an event's details, the layers control, the timeline, the share dialog.
    await page.waitForSelector('path[data-event-area]', { timeout: 20_000 });
    await page.locator('.dl-list__title').first().click();
    await page.getByRole('button', { name: 'Layers' }).click();
    await page
      .getByRole('button', { name: /^Share/ })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    const violations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // The policy is in force: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    // (Reported once per policy in force: the header's and the meta tag's.)
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect((await violations()).every((v) => v.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  });
});
