/** User stories about build settings: --no-cache, --target, --build-arg and the engine change what the simulator says. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, newPage, nextAnalysis, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const verdicts = (page: import('playwright-core').Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.pg-step')].map((e) => [e.getAttribute('data-step') ?? '', e.getAttribute('data-verdict') ?? ''])));

describe('build settings', () => {
  it('--no-cache, --target, build args and the engine are settable and change the prediction', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await page.locator('[data-part="build"]').click();
    await page.getByText('Build settings').click();
    let n = await analyses(page);
    await page.getByLabel('--no-cache').check();
    await nextAnalysis(page, n);
    const forced = Object.entries(await verdicts(page)).filter(([name]) => /\] (RUN|COPY) /.test(name));
    expect(forced.length).toBe(5);
    expect(forced.every(([, v]) => v === 'run')).toBe(true);
    expect(await page.locator('.pg-step[data-step$="RUN go mod download"] .pg-causes').innerText()).toContain('--no-cache');
    n = await analyses(page);
    await page.getByLabel('--no-cache').uncheck();
    await nextAnalysis(page, n);
    expect(Object.values(await verdicts(page)).every((v) => v === 'cached')).toBe(true);

    n = await analyses(page);
    await page.getByLabel('--target').selectOption('builder');
    await nextAnalysis(page, n);
    expect(Object.keys(await verdicts(page)).some((name) => name.startsWith('[runtime'))).toBe(false);
    await page.getByLabel('--target').selectOption('');

    n = await analyses(page);
    await page.getByLabel('Engine').selectOption('v0.8');
    await nextAnalysis(page, n);
    expect(await page.evaluate(() => window.__layerlab?.['playground']?.state().settings.engine)).toBe('v0.8');

    n = await analyses(page);
    await page.getByLabel(/--build-arg/).fill('VERSION=1.2');
    await page.getByLabel(/--build-arg/).blur();
    await nextAnalysis(page, n);
    expect(await page.evaluate(() => window.__layerlab?.['playground']?.state().settings.buildArgs)).toEqual({ VERSION: '1.2' });
    await page.reload();
    await openPlayground(page, `${h.site.url}/playground`);
    expect(await page.evaluate(() => window.__layerlab?.['playground']?.state().settings)).toMatchObject({ engine: 'v0.8', buildArgs: { VERSION: '1.2' } });
    await context.close();
  });
});
