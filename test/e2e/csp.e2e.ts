// The built app runs under its own strict Content-Security-Policy with no violation; its data requests
// go to this origin and to the hosts this person confirmed for `?data=`, nowhere else.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyBound } from '../../src/app/csp';
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
    const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
    // The outer bound (header and static meta) and the page's own policy, written by csp.js.
    expect(await metas.count()).toBe(2);
    const bound = await metas.first().getAttribute('content');
    const meta = await page.locator('meta[data-policy="page"]').getAttribute('content');
    expect(header).toBe(contentSecurityPolicyBound());
    expect(bound).toBe(contentSecurityPolicyBound());
    expect(meta).toBe(contentSecurityPolicy());
    for (const policy of [header ?? '', bound ?? '', meta ?? '']) {
      expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    }
    expect(meta).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(header).toMatch(/(^|; )connect-src 'self' https: http:(;|$)/);

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
    // (Reported once per policy in force: the header's and the meta tags'.)
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect((await violations()).every((v) => v.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  });

  it('admits a data host once confirmed, that host only, and refuses an unconfirmed one', async () => {
    const { page, context } = await openPage(browser);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const asked: string[] = [];
    const geojson =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[21.01,52.23]},"properties":{"date":"2024-02-02","title":"Test event in Warsaw"}}]}';
    await context.route(/^http:\/\/(example|other)\.test\//, (route) => {
      asked.push(route.request().url());
      return route.fulfill({ body: geojson, headers: { 'access-control-allow-origin': '*' } });
    });
    await page.goto(baseUrl(`?data=${encodeURIComponent('http://example.test/one.geojson')}`));
    const pagePolicy = () => page.locator('meta[data-policy="page"]').getAttribute('content');
    expect(await pagePolicy()).toBe(contentSecurityPolicy());
    await page
      .getByRole('alertdialog', { name: 'Load data from example.test?' })
      .getByRole('button', { name: 'Load', exact: true })
      .click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 20_000 })
      .toBe('1 of 1 events');
    // After the reload the page's policy names example.test, and nothing else is new.
    const policy = (await pagePolicy()) ?? '';
    expect(policy).toBe(contentSecurityPolicy(['http://example.test']));
    expect(policy.replace(' http://example.test', '')).toBe(contentSecurityPolicy());
    expect(policy).toMatch(/(^|; )connect-src 'self' http:\/\/example\.test(;|$)/);
    expect(asked).toEqual(['http://example.test/one.geojson']);
    const violations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await violations()).toEqual([]);

    // A request to a host nobody confirmed is refused by the policy before it leaves the page.
    const refused = await page.evaluate(() =>
      fetch('http://other.test/sneaky.json').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(refused).toBe('refused');
    await expect.poll(violations).toContain('connect-src http://other.test/sneaky.json');
    expect(asked.some((u) => u.includes('other.test'))).toBe(false);
    // The confirmed one is still admitted.
    const allowed = await page.evaluate(() =>
      fetch('http://example.test/two.geojson').then(
        (r) => r.status,
        () => 0,
      ),
    );
    expect(allowed).toBe(200);
    await context.close();
  });
});
