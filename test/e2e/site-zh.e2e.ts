/** The Chinese site end to end: lesson in zh-CN with live goals, switcher and hreflang, rule page, untranslated notice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allGoalsPassed, goalsChecked, goalStates, startSite, type SiteHarness } from '../site/harness.ts';

let h: SiteHarness;
beforeAll(async () => { h = await startSite(); });
afterAll(async () => { await h?.close(); });

describe('Chinese site', () => {
  it('a learner works through lesson 2 in Chinese: Chinese text and goals, solution turns them green, language switch keeps the page', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.site.url}/zh-cn/lessons/go-modules-first/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('先下载 Go 模块，再复制源码');
    expect(await page.locator('[data-untranslated]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: '目标' }).count()).toBe(1);
    expect(await page.locator('li[data-goal]').first().textContent()).toContain('修改 main.go 之后');
    const hreflangs = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`));
    expect(hreflangs).toEqual(['en /lessons/go-modules-first/', 'zh-CN /zh-cn/lessons/go-modules-first/', 'x-default /lessons/go-modules-first/']);

    await goalsChecked(page);
    expect(await goalStates(page)).toEqual(['failed', 'failed', 'failed']);
    expect(await page.locator('li[data-goal] .goal-detail').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: '显示答案' }).click();
    await allGoalsPassed(page);
    await expect(page.locator('[data-lesson-status]').textContent()).resolves.toBe('所有目标都已完成，下一课已解锁。');
    expect(await page.locator('[data-next-label]').textContent()).toBe('下一课（已解锁）');

    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/lessons\/go-modules-first\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Chinese rule pages show the Chinese text, the checker data and an "open in playground" link that loads the ❌ example', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${h.site.url}/zh-cn/rules/UndefinedVar/`);
    expect(await page.locator('h1').textContent()).toContain('变量应先定义后使用');
    expect(await page.locator('.rule-table').textContent()).toContain('严重程度');
    const link = page.getByRole('link', { name: '在练习场中打开这个 ❌ 示例' });
    await link.click();
    await page.waitForURL(/\/zh-cn\/playground\/$/);
    await page.waitForFunction(() => window.__layerlab?.['playground']?.state().workspace.files.find((f) => f.path === 'Dockerfile')?.content.includes('$APP_DIR'));
    await page.waitForFunction(() => (window.__layerlab?.['playground']?.result()?.diagnostics ?? []).some((d) => d.code === 'UndefinedVar'));
    await context.close();
  });

  it('the Chinese lesson list and rule index are in Chinese and the rule filter counts in Chinese', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.site.url}/zh-cn/lessons/`);
    expect(await page.locator('h1').textContent()).toBe('课程');
    expect(await page.locator('[data-lesson]').count()).toBeGreaterThanOrEqual(4);
    await page.goto(`${h.site.url}/zh-cn/rules/`);
    expect(await page.locator('h1').textContent()).toBe('规则参考');
    await page.fill('[data-rule-filter]', 'undefinedvar');
    expect(await page.locator('[data-rule]:visible').count()).toBe(1);
    expect(await page.locator('[data-rule-count]').textContent()).toBe('共 1 条规则');
    await context.close();
  });
});
