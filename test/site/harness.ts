/** Set-up for the site's browser stories: the built site (dist/ or $SITE_DIST) with its Pagefind index, and Chromium. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic, type StaticSite } from '../e2e/static-server.ts';

/** The built site the stories run against. */
export const distDir: string = process.env['SITE_DIST'] ?? new URL('../../dist/', import.meta.url).pathname;

/** Runs Pagefind over the built site when its index is missing (the e2e global setup runs plain `astro build`). */
export function ensureSearchIndex(): void {
  if (existsSync(join(distDir, 'pagefind', 'pagefind.js'))) return;
  const root = new URL('../../', import.meta.url).pathname;
  execFileSync(join(root, 'node_modules/.bin/pagefind'), ['--site', distDir], { cwd: root, stdio: 'ignore' });
}

/** The site served on a free port and a headless Chromium. */
export interface SiteHarness {
  readonly site: StaticSite;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves the built site and starts Chromium. */
export async function startSite(): Promise<SiteHarness> {
  ensureSearchIndex();
  const site = await serveStatic(distDir);
  const browser = await launchChromium();
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

/** Every built HTML page as a site path (`/rules/DL3007/`), sorted. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        out.push(`/${relative(distDir, dir)}${dir === distDir ? '' : '/'}`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** Waits until a lesson's goal list shows results (the goals worker answered at least once). */
export async function goalsChecked(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('li[data-goal]')].some((li) => li.querySelector('.goal-detail')?.textContent !== '' || li.getAttribute('data-state') === 'passed'));
}

/** The states of a lesson's goals in list order. */
export function goalStates(page: Page): Promise<string[]> {
  return page.$$eval('li[data-goal]', (lis) => lis.map((li) => li.getAttribute('data-state') ?? ''));
}

/** Waits until every goal is met. */
export async function allGoalsPassed(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const lis = [...document.querySelectorAll('li[data-goal]')];
    return lis.length > 0 && lis.every((li) => li.getAttribute('data-state') === 'passed');
  }, undefined, { timeout: 30_000 });
}
