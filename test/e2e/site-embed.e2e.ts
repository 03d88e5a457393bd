/** Embed stories: a host page drives a lesson embed over postMessage; a host not on the allowlist gets nothing. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';
import { startSite, type SiteHarness } from '../site/harness.ts';

let h: SiteHarness;
let other: StaticSite;
beforeAll(async () => {
  h = await startSite();
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-host-'));
  // A host on another origin (another port) that speaks the raw protocol.
  writeFileSync(join(dir, 'host.html'), `<!doctype html><html lang="en"><title>host</title><body><iframe id="f" title="embed" width="1200" height="800"></iframe><script>
    window.got = [];
    addEventListener('message', (e) => { if (e.source === document.getElementById('f').contentWindow) window.got.push({ origin: e.origin, data: e.data }); });
    const src = new URLSearchParams(location.search).get('src');
    document.getElementById('f').src = src;
    window.ask = (msg) => document.getElementById('f').contentWindow.postMessage(msg, new URL(src).origin);
  </script></body></html>`);
  other = await serveStatic(dir);
});
afterAll(async () => { await h?.close(); await other?.close(); });

describe('embeds', () => {
  it('the example host page drives lesson 2 through the API: ready, setFiles, goals event, build, getState', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.site.url}/examples/embed-host/`);
    await page.waitForFunction(() => document.getElementById('host-status')?.textContent?.startsWith('Embed ready'));
    expect(await page.locator('#host-status').textContent()).toBe('Embed ready (lesson go-modules-first, en).');
    await page.waitForFunction(() => (window as unknown as { __host: { events: { type: string }[] } }).__host.events.some((e) => e.type === 'result'));

    await page.getByRole('button', { name: 'Load the fixed Dockerfile (setFiles)' }).click();
    await page.waitForFunction(() => document.getElementById('host-status')?.textContent?.startsWith('setFiles done'));
    await page.waitForFunction(() => (window as unknown as { __host: { events: { type: string; allPassed?: boolean }[] } }).__host.events.some((e) => e.type === 'goals' && e.allPassed === true), undefined, { timeout: 30_000 });
    const frame = page.frameLocator('#host-frame');
    await expect(frame.locator('li[data-goal][data-state="passed"]').count()).resolves.toBe(3);

    await page.getByRole('button', { name: 'Build' }).click();
    await page.waitForFunction(() => document.getElementById('host-status')?.textContent?.startsWith('Build #1'));
    expect(await page.locator('#host-status').textContent()).toMatch(/^Build #1: 0 cached, \d+ run\.$/);
    await page.getByRole('button', { name: 'Get state' }).click();
    await page.waitForFunction(() => document.getElementById('host-log')?.textContent?.includes('state: '));
    expect(await page.locator('#host-log').textContent()).toContain('builds 1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a host still gets the first result when the playground finished it before the bridge script ran', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Hold back the embed page's own script (the bridge) until the playground has shown its first analysis.
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    await context.route(/EmbedPage\.astro_astro_type_script_index_0_lang\.[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${h.site.url}/examples/embed-host/`, { waitUntil: 'domcontentloaded' });
    const frame = (await (await page.waitForSelector('#host-frame')).contentFrame())!;
    await frame.waitForFunction(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > 0);
    expect(await page.evaluate(() => (window as unknown as { __host: { events: unknown[] } }).__host.events.length)).toBe(0);
    release();
    await page.waitForFunction(() => document.getElementById('host-status')?.textContent?.startsWith('Embed ready'));
    await page.waitForFunction(() => (window as unknown as { __host: { events: { type: string }[] } }).__host.events.some((e) => e.type === 'result'), undefined, { timeout: 10_000 });
    await context.close();
  });

  it('a host on another origin is ignored unless the embed URL allows it', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    type Got = { origin: string; data: { type: string; id?: string; ok?: boolean; result?: { files?: Record<string, string> } } }[];
    const got = (): Promise<Got> => page.evaluate(() => (window as unknown as { got: Got }).got);

    await page.goto(`${other.url}/host.html?src=${encodeURIComponent(`${h.site.url}/embed/go-modules-first/`)}`);
    await page.frameLocator('#f').locator('[data-playground][data-analyses]').waitFor();
    await page.evaluate(() => (window as unknown as { ask: (m: unknown) => void }).ask({ layerlab: 1, type: 'getState', id: 'x1' }));
    await page.waitForTimeout(1500);
    expect(await got()).toEqual([]);

    await page.goto(`${other.url}/host.html?src=${encodeURIComponent(`${h.site.url}/embed/go-modules-first/?origins=${other.url}`)}`);
    await page.waitForFunction(() => (window as unknown as { got: Got }).got.some((m) => m.data.type === 'ready'));
    await page.evaluate(() => (window as unknown as { ask: (m: unknown) => void }).ask({ layerlab: 1, type: 'getState', id: 'x2' }));
    await page.waitForFunction(() => (window as unknown as { got: Got }).got.some((m) => m.data.type === 'response'));
    const response = (await got()).find((m) => m.data.type === 'response');
    expect(response?.origin).toBe(h.site.url);
    expect(response?.data.id).toBe('x2');
    expect(response?.data.ok).toBe(true);
    expect(Object.keys(response?.data.result?.files ?? {})).toContain('Dockerfile');
    await context.close();
  });

  it('the bare playground embed takes its files from the share hash', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.site.url}/rules/UndefinedVar/`);
    const href = await page.locator('[data-open-bad]').first().getAttribute('href');
    const hash = href?.slice(href.indexOf('#')) ?? '';
    await page.goto(`${h.site.url}/embed/playground/${hash}`);
    await page.waitForFunction(() => window.__layerlab?.['embed-playground']?.state().workspace.files.some((f) => f.content.includes('$APP_DIR')));
    expect(await page.locator('header.site-header').count()).toBe(0);
    await context.close();
  });
});
