// The playground's "Real build" against a real BuildKit: Chromium on the built site connects to an in-process
// `layerlab serve` (token, --allow-origin of the site, --offline-images), replays two recorded builds and shows
// every step as predicted. Needs the engines (scripts/test-server.sh) and builds dist/ when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic, type StaticSite } from '../e2e/static-server.ts';
import { enginesUp, testServer, type TestServer } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;
const token = 'real-build-browser-token';

describe.skipIf(!enginesUp)('Real build in the playground (Chromium, real BuildKit)', () => {
  let site: StaticSite, server: TestServer, browser: Browser;
  beforeAll(async () => {
    execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: root, stdio: 'inherit' });
    if (!existsSync(`${root}dist/playground/index.html`)) {
      execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    }
    site = await serveStatic(`${root}dist/`);
    server = await testServer({ token, allowOrigins: [site.url], offlineImages: true });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.close();
  });

  for (const engine of ['modern', 'v0.8'] as const) it(`connects, replays two recorded builds on ${engine}, and every step matches the prediction`, async () => {
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/playground/`);
    await page.waitForFunction(() => Number(document.querySelector('[data-playground]')?.getAttribute('data-analyses') ?? '0') > 0);

    // Two recorded builds: the starting files, then an edit of main.go. The `# syntax=docker/dockerfile:1`
    // line goes first: builds run with --network=none, and offline images have no stand-in frontend image.
    await page.evaluate(async (name) => {
      const p = window.__layerlab!['playground']!;
      const s0 = p.state();
      const files0 = s0.workspace.files.map((f) => (f.path === 'Dockerfile' ? { ...f, content: f.content.replace(/^# syntax=.*\n/, '') } : f));
      p.replace({ ...s0, settings: { ...s0.settings, engine: name }, workspace: { ...s0.workspace, files: files0 } }, 'no syntax directive');
      await p.build();
      const s = p.state();
      const files = s.workspace.files.map((f) => (f.path === 'main.go' ? { ...f, content: `${f.content}\n// edited\n` } : f));
      p.replace({ ...s, workspace: { ...s.workspace, files } }, 'edited main.go');
      await p.build();
    }, engine);
    expect(await page.evaluate(() => window.__layerlab!['playground']!.state().history.builds.length)).toBe(2);

    // Connect through the dialog.
    await page.getByRole('button', { name: 'Connect a builder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect a builder' });
    await dialog.getByLabel('Server URL').fill(server.url);
    await dialog.getByLabel('Token').fill(token);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await page.waitForFunction(() => document.querySelector('[data-part="real-health"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
    expect(await dialog.locator(`li[data-engine="${engine}"]`).getAttribute('data-reachable')).toBe('true');
    expect(await dialog.locator(`li[data-engine="${engine}"]`).textContent()).toMatch(/BuildKit v\d/);
    await page.keyboard.press('Escape');

    // Run the replay and wait for the comparison.
    await page.getByRole('button', { name: 'Real build' }).click();
    await page.waitForSelector('[data-part="real-stop"]:not([hidden])', { timeout: 30_000 });
    await page.waitForSelector('[data-part="real-stop"][hidden]', { state: 'attached', timeout: 600_000 });
    const panelText = await page.locator('[data-part="real"]').innerText();
    const logText = await page.locator('[data-part="real-log"]').textContent();
    expect(await page.locator('[data-part="real-summary"]').getAttribute('data-done'), `${panelText}\n${logText?.slice(-3000)}`).toBe('true');
    const builds = await page.locator('.pg-real-build').evaluateAll((els) => els.map((e) => ({ phase: e.getAttribute('data-phase'), mismatches: e.getAttribute('data-mismatches') })));
    const rows = await page.locator('.pg-real-table tbody tr').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-status')} ${e.getAttribute('data-step')} ${e.querySelector('p')?.textContent ?? ''}`));
    expect(builds, rows.join('\n')).toEqual([{ phase: 'done', mismatches: '0' }, { phase: 'done', mismatches: '0' }]);
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.filter((r) => !r.startsWith('match ')), rows.join('\n')).toEqual([]);
    // Build 2 after editing main.go: WORKDIR came from cache, `COPY . .` and the go build ran again, both really.
    const second = page.locator('.pg-real-build').nth(1);
    expect(await second.locator('tr[data-step$="WORKDIR /src"] td').nth(2).textContent()).toBe('CACHED');
    expect(await second.locator('tr[data-step$="COPY . ."] td').nth(2).textContent()).toBe('RUN');
    expect(await second.locator('tr[data-step*="go build"] td').nth(2).textContent()).toBe('RUN');
    expect(await page.locator('[data-part="real-summary"]').textContent()).toBe('All 2 builds ran on BuildKit exactly as Layerlab predicted.');

    // The Real log tab holds BuildKit's own output.
    await page.getByRole('tab', { name: 'Real log' }).click();
    expect(await page.locator('[data-part="real-log"]').textContent()).toMatch(new RegExp(`=== Build #2 on ${engine} ===[\\s\\S]*#(\\d+) \\[builder 2/6\\] WORKDIR /src\\n(#\\1 .*\\n)*?#\\1 CACHED`));

    await page.getByRole('tab', { name: 'Real build' }).click();
    if (process.env['LAYERLAB_SCREENSHOT'] === '1' && engine === 'modern') {
      mkdirSync(`${root}docs/screenshots`, { recursive: true });
      await page.locator('.pg-results').screenshot({ path: `${root}docs/screenshots/real-build.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 900_000);
});
