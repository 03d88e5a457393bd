/** User stories about the build context: add, rename and delete files and folders; read-only and hidden files; export and import. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorToLine, fileText, newPage, openFile, openPlayground, startHarness, type Harness } from './harness.ts';
import { unpackContext } from '../../src/editor/state/archive.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const paths = (page: import('playwright-core').Page): Promise<string[]> =>
  page.evaluate(() => window.__layerlab?.['playground']?.state().workspace.files.map((f) => f.path) ?? []);

describe('the file tree', () => {
  it('a learner adds a file in a new folder, renames the folder and deletes it', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    await page.getByRole('button', { name: 'New file' }).click();
    await page.getByRole('textbox', { name: 'New file path' }).fill('internal/db/db.go');
    await page.keyboard.press('Enter');
    await expect.poll(() => paths(page)).toContain('internal/db/db.go');
    expect(await page.locator('.pg-tab[aria-selected="true"]').innerText()).toContain('db.go');
    await page.locator('.pg-tree li[data-path="internal"] > .pg-tree-label').hover();
    await page.getByRole('button', { name: 'Rename internal' }).click();
    await page.getByRole('textbox', { name: 'New path for internal' }).fill('pkg');
    await page.keyboard.press('Enter');
    await expect.poll(() => paths(page)).toContain('pkg/db/db.go');
    expect(await page.locator('.pg-tab[aria-selected="true"]').getAttribute('data-path')).toBe('pkg/db/db.go');
    await page.locator('.pg-tree li[data-path="pkg"] > .pg-tree-label').hover();
    await page.getByRole('button', { name: 'Delete pkg' }).click();
    await expect.poll(() => paths(page)).not.toContain('pkg/db/db.go');
    expect(await page.locator('.pg-tab[data-path="pkg/db/db.go"]').count()).toBe(0);
    await context.close();
  });

  it('read-only files cannot change and hidden files stay out of the tree but in the context', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    expect(await page.locator('.pg-tree li[data-path=".git/HEAD"]').count()).toBe(0);
    expect(await paths(page)).toContain('.git/HEAD');
    expect(await page.locator('.pg-tree li[data-path="go.sum"] .pg-lock').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Delete go.sum' }).count()).toBe(0);
    const before = await fileText(page, 'go.sum');
    await openFile(page, 'go.sum');
    await cursorToLine(page, 1);
    await page.keyboard.type('tamper');
    await page.waitForTimeout(200);
    expect(await fileText(page, 'go.sum')).toBe(before);
    await context.close();
  });

  it('exports the context as .zip and .tar, and imports a .tar back', async () => {
    const { context, page } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground`);
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .zip' }).click()]);
    const zipFiles = unpackContext(new Uint8Array(readFileSync((await zip.path())!)));
    expect(Object.keys(zipFiles).sort()).toEqual(['.dockerignore', '.git/HEAD', 'Dockerfile', 'README.md', 'go.mod', 'go.sum', 'main.go']);
    const [tar] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .tar' }).click()]);
    const tarPath = (await tar.path())!;
    expect(unpackContext(new Uint8Array(readFileSync(tarPath)))).toEqual(zipFiles);
    await openFile(page, 'main.go');
    await cursorToLine(page, 1);
    await page.keyboard.type('// before import\n');
    await expect.poll(() => fileText(page, 'main.go')).toContain('before import');
    await page.locator('[data-part="import"]').setInputFiles({ name: 'context.tar', mimeType: 'application/x-tar', buffer: readFileSync(tarPath) });
    await expect.poll(() => fileText(page, 'main.go')).not.toContain('before import');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    expect(await fileText(page, 'main.go')).toContain('before import');
    await context.close();
  });
});
