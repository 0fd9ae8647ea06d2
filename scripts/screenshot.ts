// Takes the README's screenshot of the real app (production build in dist/) in headless Chromium:
// `npm run build && tsx scripts/screenshot.ts` → docs/screenshot.png.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(`${address}?from=2008-11-01&to=2008-11-30`);
  await page.waitForSelector('path[data-boundary="POL"]');
  await page.getByRole('button', { name: 'Legend' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await browser.close();
  server.httpServer.close();
}
