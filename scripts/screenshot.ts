// Takes the README's screenshots of the real app (production build in dist/) in headless Chromium:
// `npm run screenshot` → docs/screenshot.png (1280×800) and docs/screenshot-phone.png (390×844).
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** November 2008; on the desktop shot, the legend open and one event open in the card beside the map. */
const VIEW = '?from=2008-11-01&to=2008-11-30';
const EVENT = 'Medvedev softens missile threat, urges no unilateral steps';
const SHOTS = [
  { path: 'docs/screenshot.png', width: 1280, height: 800 },
  { path: 'docs/screenshot-phone.png', width: 390, height: 844 },
] as const;

const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    await page.goto(`${address}${VIEW}`);
    await page.waitForSelector('path[data-boundary="POL"]');
    if (shot.width > 700) {
      await page.getByRole('button', { name: 'Legend' }).click();
      await page.locator('.dl-list__title', { hasText: EVENT }).click();
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.path });
    await page.close();
    console.log(`${shot.path} written`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
