/** The accessibility sweep: axe-core injected with playwright-core into every built page, WCAG 2.2 AA + best practices. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** The axe rule tags the sweep runs (the set Starlight's docs tests use). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One violation on one page. */
export interface PageViolation {
  readonly page: string;
  readonly theme: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: readonly string[];
  readonly summary: string;
}

/** Opens each path, waits for the playground (and Monaco on wide screens) when there is one, and runs axe. */
export async function sweep(browser: Browser, base: string, paths: readonly string[], theme: 'light' | 'dark' = 'light'): Promise<PageViolation[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: theme });
  const page = await context.newPage();
  const out: PageViolation[] = [];
  try {
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'load' });
      if (await page.locator('[data-playground]').count() > 0) {
        await page.waitForFunction(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > 0, undefined, { timeout: 20_000 });
        await page.waitForSelector('[data-playground][data-editor="monaco"] .monaco-editor .view-lines', { timeout: 20_000 });
      }
      if (await page.locator('#search').count() > 0) await page.waitForSelector('#search[data-ready="true"]', { timeout: 10_000 });
      for (const frame of page.frames()) {
        await frame.evaluate(axeSource).catch(() => undefined);
      }
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: true });
        return r.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), summary: `${v.help}: ${v.nodes[0]?.failureSummary ?? ''}` }));
      }, axeTags);
      for (const v of violations) out.push({ page: path, theme, ...v });
    }
  } finally {
    await context.close();
  }
  return out;
}
