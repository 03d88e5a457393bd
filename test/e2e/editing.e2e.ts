/** User stories: a learner fixes a finding from the editor, keeps edits across reloads, shares a playground, survives a worker crash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, cursorToLine, fileText, newPage, nextAnalysis, openFile, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the playground editor', () => {
  it('a learner applies a quick fix from the editor (Ctrl+.)', async () => {
    const { context, page, errors } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
    await cursorToLine(page, 11);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const before = await analyses(page);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget:visible');
    await menu.waitFor();
    await expect.poll(() => menu.innerText()).toContain('JSONArgsRecommended');
    await menu.getByText(/JSONArgsRecommended/).first().click();
    await nextAnalysis(page, before);
    expect(await fileText(page, 'Dockerfile')).toContain('ENTRYPOINT ["/app"]');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/quick-fix.png' });
    await context.close();
  });

  it('a reload keeps the edits, and Reset can be undone', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await openFile(page, 'main.go');
    await cursorToLine(page, 10);
    await page.keyboard.type('\t// edited by the learner');
    await expect.poll(() => fileText(page, 'main.go')).toContain('// edited by the learner');
    await page.reload();
    await openPlayground(page, `${h.site.url}/playground`);
    expect(await fileText(page, 'main.go')).toContain('// edited by the learner');
    expect(await page.locator('.pg-tab[aria-selected="true"]').innerText()).toContain('main.go');
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(await fileText(page, 'main.go')).not.toContain('edited');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    expect(await fileText(page, 'main.go')).toContain('// edited by the learner');
    await context.close();
  });

  it('two tabs of the same playground never overwrite each other\'s typing', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    const other = await context.newPage();
    await openPlayground(other, `${h.site.url}/playground`);
    await page.bringToFront();
    await openFile(page, 'main.go');
    await cursorToLine(page, 1);
    await page.keyboard.type('// typed in tab A\n');
    await expect.poll(() => fileText(other, 'main.go')).toContain('// typed in tab A');
    await other.bringToFront();
    await openFile(other, 'main.go');
    await cursorToLine(other, 1);
    await other.keyboard.type('// typed in tab B\n');
    await expect.poll(() => fileText(page, 'main.go')).toContain('// typed in tab B');
    await page.bringToFront();
    await page.reload();
    await openPlayground(page, `${h.site.url}/playground`);
    const text = await fileText(page, 'main.go');
    expect(text).toContain('// typed in tab A');
    expect(text).toContain('// typed in tab B');
    await context.close();
  });

  it('a shared URL restores a playground in a fresh browser', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await openFile(page, 'main.go');
    await cursorToLine(page, 1);
    await page.keyboard.type('// shared version\n');
    await expect.poll(() => fileText(page, 'main.go')).toContain('// shared version');
    await page.getByRole('button', { name: 'Share' }).click();
    const field = page.locator('[data-part="share-url"]');
    await expect.poll(() => field.inputValue()).toContain('#share=');
    const url = await field.inputValue();
    await context.close();

    const fresh = await newPage(h);
    await openPlayground(fresh.page, url);
    await expect.poll(() => fileText(fresh.page, 'main.go')).toContain('// shared version');
    expect(await fresh.page.evaluate(() => location.hash)).toBe('');
    await fresh.page.reload();
    await openPlayground(fresh.page, `${h.site.url}/playground`);
    expect(await fileText(fresh.page, 'main.go')).toContain('// shared version');
    await fresh.context.close();
  });

  it('a worker crash loses nothing: a new worker takes over and edits persist', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await page.evaluate(() => window.__layerlab?.['playground']?.crashWorker());
    await expect.poll(() => page.evaluate(() => window.__layerlab?.['playground']?.restarts())).toBe(1);
    const before = await analyses(page);
    await cursorToLine(page, 3);
    await page.keyboard.press('End');
    await page.keyboard.type('/app');
    await nextAnalysis(page, before);
    expect(await fileText(page, 'Dockerfile')).toContain('WORKDIR /src/app');
    expect(await page.locator('[data-part="status"]').innerText()).toContain('Nothing was lost');
    await page.reload();
    await openPlayground(page, `${h.site.url}/playground`);
    expect(await fileText(page, 'Dockerfile')).toContain('WORKDIR /src/app');
    await context.close();
  });

  it('hover shows instruction docs and completion offers stage names after --from=', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    // Monarch colours instructions, flags and the AS keyword differently from plain words.
    const line2 = page.locator('.monaco-editor .view-line').nth(1);
    const classOf = (text: string) => line2.locator('span span', { hasText: text }).first().getAttribute('class');
    await expect.poll(async () => (await classOf('FROM')) !== (await classOf('golang'))).toBe(true);
    const line10 = page.locator('.monaco-editor .view-line').nth(9);
    const flagClass = () => line10.locator('span span', { hasText: '--from' }).first().getAttribute('class');
    expect(await flagClass()).not.toBe(await line10.locator('span span', { hasText: 'COPY' }).first().getAttribute('class'));
    await page.locator('.monaco-editor .view-line').nth(2).getByText('WORKDIR').hover();
    await expect.poll(() => page.locator('.monaco-hover:not(.hidden)').innerText()).toContain('Cache:');
    // From the keyboard (Ctrl+K Ctrl+I), on a line with a finding: the hover explains the rule and the instruction.
    await page.mouse.move(0, 0);
    await cursorToLine(page, 6);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const rows = () => page.locator('.monaco-hover:not(.hidden) .hover-row').allInnerTexts().then((t) => t.join('\n'));
    await expect.poll(rows).toContain('GoCacheMountMissing —');
    await expect.poll(rows).toContain('Runs a command in a new layer');
    await page.keyboard.press('Escape');
    await cursorToLine(page, 12);
    await page.keyboard.type('COPY --from=');
    await page.locator('.suggest-widget:visible').waitFor({ timeout: 5000 });
    await expect.poll(() => page.locator('.suggest-widget:visible').innerText()).toContain('builder');
    await context.close();
  });
});
