/** Accessibility sweep (axe-core, WCAG 2.2 AA) over the home page and the playground, in light and dark themes. */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openPlayground, startHarness, type Harness } from './harness.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

async function violations(page: import('playwright-core').Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run({ exclude: [['.monaco-editor']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return found.map((v: Violation) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the home page has no WCAG AA violations (${scheme})`, async () => {
      const { context, page } = await newPage(h);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(h.site.url);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
    it(`the playground has no WCAG AA violations outside Monaco (${scheme})`, async () => {
      const { context, page } = await newPage(h);
      await page.emulateMedia({ colorScheme: scheme });
      await openPlayground(page, `${h.site.url}/playground`);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Graph' }).click();
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }
});
