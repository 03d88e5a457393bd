/** The site shell: home links to the playground, themes persist, phones get a readable view, keyboard users get a skip link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the site shell', () => {
  it('the home page links to the playground', async () => {
    const { context, page } = await newPage(h);
    await page.goto(h.site.url);
    await page.getByRole('link', { name: /Open the playground/ }).click();
    await page.waitForURL(/\/playground/);
    expect(await page.locator('h1').innerText()).toContain('Playground');
    await context.close();
  });

  it('the theme toggle persists across reloads and follows the system until used', async () => {
    const { context, page } = await newPage(h);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.site.url}/playground`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await context.close();
  });

  it('keyboard users reach the content through the skip link', async () => {
    const { context, page } = await newPage(h);
    await page.goto(`${h.site.url}/playground`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });

  it('keyboard users can leave the editor: Ctrl+M makes Tab move focus', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null)).toBe(true);
    await context.close();
  });

  it('on a phone the editor gives way to a readable text view (no Monaco)', async () => {
    const { context, page } = await newPage(h, { width: 390, height: 844 });
    await openPlayground(page, `${h.site.url}/playground`, false);
    await page.waitForTimeout(500);
    expect(await page.locator('.monaco-editor').count()).toBe(0);
    const area = page.locator('.pg-textarea');
    expect(await area.inputValue()).toContain('FROM golang');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/phone.png', fullPage: true });
    await context.close();
  });
});
