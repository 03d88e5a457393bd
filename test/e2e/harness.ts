/** Shared set-up for browser stories: the built site on a free port, Chromium, and playground helpers. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/** The site and a browser for one test file. */
export interface Harness {
  readonly site: StaticSite;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/ and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  const site = await serveStatic(new URL('../../dist/', import.meta.url).pathname);
  const browser = await launchChromium();
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

/** A fresh context (empty storage) and page at a desktop size; page errors fail loudly. */
export async function newPage(h: Harness, viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Opens the playground and waits until Monaco is up and the first analysis is shown. */
export async function openPlayground(page: Page, url: string, monaco = true): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > 0);
  if (monaco) await page.waitForSelector('[data-playground][data-editor="monaco"] .monaco-editor .view-lines');
}

/** Waits until the playground has shown a newer analysis than `after`. */
export async function nextAnalysis(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > n, after);
}

/** The number of analyses shown so far. */
export function analyses(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0'));
}

/** The text of a file in the playground state. */
export function fileText(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate((p) => window.__layerlab?.['playground']?.state().workspace.files.find((f) => f.path === p)?.content, path);
}

/** Opens a file from the tree. */
export async function openFile(page: Page, path: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.locator(`.pg-tree li[data-path="${path}"] > .pg-tree-label`).click();
    const opened = await page
      .waitForFunction((p) => window.__layerlab?.['playground']?.state().tabs.active === p, path, { timeout: 3000 })
      .then(() => true, () => false);
    if (opened) return;
  }
  throw new Error(`could not open ${path} from the file tree`);
}

/** Puts the Monaco cursor at the start of a 1-based line of the shown file. */
export async function cursorToLine(page: Page, line: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}
