/** Takes screenshots of built pages with Debian Chromium: `node test/site/screenshots.ts OUTDIR /path…` (dist/ or $SITE_DIST must hold a built site). */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';

const [out = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serveStatic(process.env['SITE_DIST'] ?? new URL('../../dist/', import.meta.url).pathname);
const browser = await launchChromium();
try {
  for (const spec of paths) {
    const [path = '/', width = '1400', theme = 'light'] = spec.split('@');
    const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${path}: ${e.message}`));
    await page.goto(site.url + path);
    await page.waitForTimeout(2500);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_')}_${width}_${theme}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: false });
    console.log(`${out}/${name}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
