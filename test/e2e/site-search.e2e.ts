/** Search stories: Pagefind finds a rule in English and in Chinese, each language in its own index. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteHarness } from '../site/harness.ts';

let h: SiteHarness;
beforeAll(async () => { h = await startSite(); });
afterAll(async () => { await h?.close(); });

describe('search', () => {
  it('finds a rule by its id and opens its page', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.site.url}/search/`);
    await page.waitForSelector('#search[data-ready="true"] input');
    await page.getByRole('searchbox').or(page.locator('#search input')).first().fill('UndefinedVar');
    const hit = page.locator('.pagefind-ui__result-link').first();
    await hit.waitFor({ timeout: 20_000 });
    expect(await hit.getAttribute('href')).toMatch(/^\/rules\/UndefinedVar\/?/);
    await hit.click();
    await page.waitForURL(/\/rules\/UndefinedVar\//);
    await context.close();
  });

  it('searches the Chinese pages from the Chinese search page', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.site.url}/zh-cn/search/?q=${encodeURIComponent('变量')}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/zh-cn/'))).toBe(true);
    expect(hrefs.some((href) => href.startsWith('/zh-cn/rules/UndefinedVar/'))).toBe(true);
    await context.close();
  });

  it('the rule index filters as you type', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.site.url}/rules/`);
    const all = await page.locator('[data-rule]').count();
    await page.getByLabel('Filter rules').fill('cache');
    const some = await page.locator('[data-rule]:visible').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await page.getByLabel('Filter rules').fill('no-such-rule-anywhere');
    expect(await page.locator('[data-rule-count]').textContent()).toBe('No rule matches.');
    await context.close();
  });
});
