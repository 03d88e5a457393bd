/** User stories about the cache: go.mod first keeps `go mod download` cached, and the monorepo's parallel builder stages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, cursorToLine, fileText, newPage, nextAnalysis, openFile, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const step = (name: string): string => `.pg-step[data-step$="${name}"]`;

describe('the build panel', () => {
  it('a learner moves COPY go.mod go.sum ./ above COPY . ., edits main.go, rebuilds, and sees RUN go mod download stay cached with the reason', async () => {
    const { context, page, errors } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    const build = page.locator('[data-part="build"]');
    await build.click();
    await expect.poll(() => build.innerText()).toBe('Rebuild');

    // COPY . . is line 4: moving it down twice puts COPY go.mod go.sum ./ and go mod download above it.
    let n = await analyses(page);
    await cursorToLine(page, 4);
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await nextAnalysis(page, n);
    expect(await fileText(page, 'Dockerfile')).toContain('COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n');
    await page.waitForSelector(`${step('RUN go mod download')}[data-verdict="run"]`);
    await build.click();
    await expect.poll(() => page.locator('.pg-summary').innerText()).toContain('Build #2');

    n = await analyses(page);
    await openFile(page, 'main.go');
    await cursorToLine(page, 11);
    await page.keyboard.type('// a source edit\n');
    await nextAnalysis(page, n);
    await page.waitForSelector(`${step('COPY . .')}[data-verdict="run"]`);
    const download = page.locator(step('RUN go mod download'));
    expect(await download.getAttribute('data-verdict')).toBe('cached');
    expect(await download.locator('.pg-causes').innerText()).toContain('nothing it depends on changed');
    expect(await page.locator(step('COPY . .')).locator('.pg-causes').innerText()).toContain('main.go modified');

    await build.click();
    await expect.poll(() => page.locator('[data-part="status"]').innerText()).toMatch(/Build #3 recorded: \d+ cached/);
    // The panel now shows what build #3 did: go mod download came from cache, the steps after COPY . . ran.
    expect(await page.locator('.pg-summary').innerText()).toContain('Build #3: 3 of 6 steps from cache, 3 ran');
    expect(await download.getAttribute('data-verdict')).toBe('cached');
    // The first step that ran is shown: its cause file is opened and highlighted in the editor.
    await expect.poll(() => page.evaluate(() => window.__layerlab?.['playground']?.state().tabs.active)).toBe('main.go');
    await page.waitForSelector('.monaco-editor .pg-cause-highlight');
    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await page.locator('[data-part="log"]').innerText()).toMatch(/#\d+ \[builder 4\/6\] RUN go mod download\n#\d+ CACHED/);
    await page.getByRole('tab', { name: 'Compare' }).click();
    expect(await page.locator('.pg-compare tbody tr').count()).toBeGreaterThan(3);
    await page.getByRole('tab', { name: 'Steps' }).click();
    expect(await page.locator('.pg-goals [data-met="true"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/rebuild.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the DAG shows two parallel builder stages for a monorepo', async () => {
    const { context, page, errors } = await newPage(h);
    page.on('console', (m) => errors.push(m.text()));
    await openPlayground(page, `${h.site.url}/playground`);
    const n = await analyses(page);
    await page.locator('[data-part="examples"]').selectOption('go-monorepo');
    await nextAnalysis(page, n).catch((e: unknown) => { throw new Error(`${String(e)} ${errors.join('; ')}`); });
    await page.getByRole('tab', { name: 'Graph' }).click();
    const api = page.locator('.pg-dag [data-stage="build-api"]');
    const worker = page.locator('.pg-dag [data-stage="build-worker"]');
    await api.waitFor();
    expect(await api.getAttribute('data-lane')).not.toBe(await worker.getAttribute('data-lane'));
    const [a, w] = [await api.locator('rect').first().boundingBox(), await worker.locator('rect').first().boundingBox()];
    expect(a && w && Math.abs(a.x - w.x)).toBeLessThan(2);
    expect(await page.locator('.pg-dag').getAttribute('aria-label')).toMatch(/on 2 parallel lanes/);
    await page.screenshot({ path: 'test-results/monorepo-dag.png' });
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect.poll(() => fileText(page, 'main.go')).toBeDefined();
    await context.close();
  });
});
