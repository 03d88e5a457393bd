/** Takes the docs screenshots in Chromium from the built site: `node test/e2e/take-screenshots.ts` (after `astro build`). */
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
const site = await serveStatic(new URL('../../dist/', import.meta.url).pathname);
const browser = await launchChromium();

async function playground(scheme: 'light' | 'dark', viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, colorScheme: scheme })).newPage();
  await page.goto(`${site.url}/playground`);
  await page.waitForFunction(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > 0);
  if (viewport.width >= 760) await page.waitForSelector('[data-editor="monaco"] .monaco-editor .view-lines');
  return page;
}

async function cursorToLine(page: Page, line: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}

try {
  // 1. The go.mod-first story after the rebuild (light).
  const page = await playground('light', { width: 1400, height: 900 });
  await page.locator('[data-part="build"]').click();
  await cursorToLine(page, 4);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await page.waitForTimeout(300);
  await page.locator('[data-part="build"]').click();
  await page.locator('.pg-tree li[data-path="main.go"] > .pg-tree-label').click();
  await cursorToLine(page, 11);
  await page.keyboard.type('// a source edit\n');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}playground-prediction.png` });
  await page.locator('[data-part="build"]').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}playground-rebuild.png` });
  await page.getByRole('tab', { name: 'Log' }).click();
  await page.screenshot({ path: `${out}playground-log.png` });

  // 2. The monorepo DAG (dark).
  const dark = await playground('dark', { width: 1400, height: 900 });
  await dark.locator('[data-part="examples"]').selectOption('go-monorepo');
  await dark.waitForTimeout(400);
  await dark.getByRole('tab', { name: 'Graph' }).click();
  await dark.screenshot({ path: `${out}playground-dag-dark.png` });

  // 3. A quick fix in the editor (dark).
  const fix = await playground('dark', { width: 1400, height: 900 });
  await cursorToLine(fix, 11);
  await fix.keyboard.press('End');
  await fix.keyboard.press('Control+.');
  await fix.locator('.action-widget:visible').waitFor();
  await fix.screenshot({ path: `${out}playground-quick-fix-dark.png` });

  // 4. A phone.
  const phone = await playground('light', { width: 390, height: 844 });
  await phone.screenshot({ path: `${out}playground-phone.png`, fullPage: true });
} finally {
  await browser.close();
  await site.close();
}
