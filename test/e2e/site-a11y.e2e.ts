/** Accessibility sweep: axe-core (WCAG 2.2 AA + best practices) on every built page in both languages finds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../site/axe.ts';
import { builtPages, startSite, type SiteHarness } from '../site/harness.ts';

let h: SiteHarness;
beforeAll(async () => { h = await startSite(); });
afterAll(async () => { await h?.close(); });

describe('accessibility', () => {
  it('every built page, English and Chinese, has no axe violations (light theme)', async () => {
    const pages = builtPages();
    expect(pages).toContain('/lessons/go-modules-first/');
    expect(pages).toContain('/zh-cn/lessons/go-modules-first/');
    expect(pages).toContain('/zh-cn/rules/UndefinedVar/');
    expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBeGreaterThan(pages.length / 3);
    expect(await sweep(h.browser, h.site.url, pages, 'light')).toEqual([]);
  }, 900_000);

  it('one page of each kind has no axe violations in the dark theme', async () => {
    const sample = ['/', '/playground/', '/lessons/', '/lessons/multi-stage/', '/zh-cn/lessons/go-modules-first/', '/rules/', '/rules/UndefinedVar/', '/zh-cn/rules/UndefinedVar/', '/search/', '/zh-cn/search/', '/embed/go-modules-first/', '/embed/playground/', '/examples/embed-host/', '/zh-cn/'];
    expect(await sweep(h.browser, h.site.url, sample, 'dark')).toEqual([]);
  }, 300_000);
});
