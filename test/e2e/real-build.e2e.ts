/** Real builds without a builder: nothing changes, nothing breaks, and the Connect dialog explains each failure. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA violations (axe-core) outside Monaco, as `rule at selector` lines. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ exclude: [['.monaco-editor']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A loopback HTTP server answering every request with `answer`; resolves with its URL. */
async function fakeServer(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<string> {
  const { url, server } = await fakeServer(() => undefined);
  await new Promise((r) => server.close(r));
  return url;
}

describe('real builds with no builder connected', () => {
  it('the playground shows no real-build UI beyond the Connect button, and the dialog explains refused, bad URL, 401 and CORS', async () => {
    const { context, page, errors } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground/`, false);
    const connect = page.getByRole('button', { name: 'Connect a builder' });
    await expect(connect.isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-part="real-run"]').isHidden()).toBe(true);
    expect(await page.locator('[data-part="real-stop"]').isHidden()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Real build' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Real log' }).count()).toBe(0);
    // The result tabs still cycle with the arrow keys without landing on the hidden ones.
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare');

    // Keyboard: the button opens a labelled modal dialog with the URL field focused.
    await connect.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Connect a builder' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('url');
    const url = dialog.getByLabel('Server URL');
    const token = dialog.getByLabel('Token');
    const health = dialog.locator('[data-part="real-health"]');
    const test = async (u: string, t: string, expected: string): Promise<void> => {
      await url.fill(u);
      await token.fill(t);
      await dialog.getByRole('button', { name: 'Test connection' }).click();
      await page.waitForFunction((want) => document.querySelector('[data-part="real-health"]')?.textContent?.includes(want), expected, { timeout: 15_000 });
      expect(await health.getAttribute('data-state')).toBe('error');
    };

    const refused = await closedPort();
    await test(refused, 'x', `Nothing answered at ${refused}`);
    // Enter in a field tests too (Test connection is the form's default button) and keeps the dialog open.
    await url.fill('not a url');
    await url.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-part="real-health"]')?.textContent?.includes('"not a url" is not a server URL'));
    await expect(dialog.isVisible()).resolves.toBe(true);
    await test('127.0.0.1:7421', 'x', 'is not a server URL');

    const cors = (origin: string | undefined) => (req: IncomingMessage, res: ServerResponse): void => {
      const headers: Record<string, string> = origin ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'Authorization, Content-Type' } : {};
      if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
      res.writeHead(401, { ...headers, 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end('{"error":"token"}');
    };
    const denies = await fakeServer(cors(h.site.url));
    await test(denies.url, 'wrong', 'refused the token (401)');
    const blocks = await fakeServer(cors(undefined));
    await test(blocks.url, 'x', `--allow-origin ${h.site.url}`);
    await Promise.all([denies, blocks].map((s) => new Promise((r) => s.server.close(r))));
    expect(await violations(page)).toEqual([]);

    // Nothing was stored: Escape closes, focus returns, and the Real build button stays hidden.
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('real-connect');
    expect(await page.locator('[data-part="real-run"]').isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('layerlab:builder'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** A stand-in builder that speaks docs/server-api.md: its first build reports `mismatchStep` as cached, the next one never ends. */
async function fakeBuilder(origin: string, steps: readonly string[], mismatchStep: string): Promise<{ url: string; server: Server; closed: Promise<void> }> {
  let builds = 0;
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((r) => { markClosed = r; });
  const cors = { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'Authorization, Content-Type', 'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS' };
  const s = await fakeServer((req, res) => {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.headers.authorization !== 'Bearer t') return void res.writeHead(401, { ...cors, 'content-type': 'application/json' }).end('{"error":"token"}');
    if (req.method === 'GET') return void res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, version: '0.1.0', engines: [{ id: 'modern', reachable: true, server: '28.5.2', buildkit: 'v0.25.2' }, { id: 'v0.8', reachable: false, error: 'Cannot connect to the Docker daemon' }] }));
    if (req.method === 'DELETE') return void res.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"error":"no such session"}');
    req.resume();
    res.writeHead(200, { ...cors, 'content-type': 'text/event-stream' });
    const send = (event: string, data: unknown): boolean => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    send('start', { session: 'x', engine: 'modern', build: builds, cacheReset: builds === 0 ? 'first-build' : null });
    if (builds++ > 0) {
      res.on('close', () => markClosed());
      return;
    }
    const real = Object.fromEntries(steps.map((n) => [n, n === mismatchStep ? 'cached' : 'run']));
    steps.forEach((n, i) => send('step', { vertex: String(i + 5), name: n, step: true, status: real[n] === 'cached' ? 'cached' : 'done', line: `#${i + 5} ${real[n] === 'cached' ? 'CACHED' : 'DONE 0.1s'}` }));
    const comparison = steps.map((n) => ({ step: n, predicted: 'run', real: real[n], match: real[n] === 'run' }));
    send('result', { ok: true, error: null, session: 'x', engine: 'modern', build: 0, steps: real, predicted: Object.fromEntries(steps.map((n) => [n, 'run'])), comparison, mismatches: 1, durationMs: 42, log: steps.map((n, i) => `#${i + 5} ${n}\n#${i + 5} ${real[n] === 'cached' ? 'CACHED' : 'DONE 0.1s'}`).join('\n') });
    res.end();
  });
  return { ...s, closed };
}

describe('real builds against a stand-in builder', () => {
  it('connects, shows a mismatch highlighted and explained, the real log beside the simulated one, and Stop cancels', async () => {
    const { context, page, errors } = await newPage(h);
    await openPlayground(page, `${h.site.url}/playground/`, false);
    const steps = await page.evaluate(() => window.__layerlab!['playground']!.result()!.steps.map((s) => s.name));
    const odd = steps[0]!;
    const builder = await fakeBuilder(h.site.url, steps, odd);
    await page.getByRole('button', { name: 'Connect a builder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect a builder' });
    await dialog.getByLabel('Server URL').fill(`${builder.url}/`);
    await dialog.getByLabel('Token').fill('t');
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await page.waitForFunction(() => document.querySelector('[data-part="real-health"]')?.getAttribute('data-state') === 'ok');
    expect(await dialog.locator('li').allTextContents()).toEqual(['modern: BuildKit v0.25.2 (Docker 28.5.2)', 'v0.8: unreachable, Cannot connect to the Docker daemon']);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('layerlab:builder') ?? 'null'))).toEqual({ url: builder.url, token: 't' });

    // Nothing recorded yet: the current files are built, with the live prediction.
    await page.getByRole('button', { name: 'Real build', exact: true }).click();
    await page.waitForSelector('[data-part="real-summary"][data-done="true"]');
    const mismatch = page.locator('.pg-real-table tr[data-status="mismatch"]');
    expect(await mismatch.count()).toBe(1);
    expect(await mismatch.getAttribute('data-step')).toBe(odd);
    expect(await mismatch.locator('.pg-real-why').textContent()).toMatch(/^Layerlab expected RUN \(.+\), but BuildKit took it from cache\.$/);
    expect(await page.locator('.pg-real-table tr[data-status="match"]').count()).toBe(steps.length - 1);
    expect(await page.locator('[data-part="real-summary"]').textContent()).toBe('1 step differs from the prediction; each says why below.');
    await page.waitForFunction(() => document.querySelector('[data-part="status"]')?.textContent === 'Real build finished: 1 step differs from the prediction (see Real build).');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await violations(page), scheme).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Real log' }).click();
    expect(await page.locator('[data-part="real-log"]').textContent()).toContain(`=== Current files on modern ===\n#5 ${odd}\n#5 CACHED`);
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    expect(await page.locator('[data-part="log"]').textContent()).toContain('#0 building with');

    // A build that never ends: Stop aborts the fetch, the server sees the connection close.
    await page.getByRole('button', { name: 'Real build', exact: true }).click();
    await page.waitForSelector('[data-part="real-stop"]:not([hidden])');
    await page.waitForSelector('.pg-real-build[data-phase="running"]');
    await page.getByRole('button', { name: 'Stop' }).click();
    await builder.closed;
    await page.waitForSelector('.pg-real-build[data-phase="canceled"]');
    await page.waitForFunction(() => document.querySelector('[data-part="status"]')?.textContent === 'Real build stopped; the Real build tab says why.');
    expect(await page.locator('[data-part="real-stop"]').isHidden()).toBe(true);

    // Disconnect: the Real build button goes away; the panels keep the last results.
    await page.getByRole('button', { name: 'Builder connected' }).click();
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-part="real-run"]').isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('layerlab:builder'))).toBeNull();
    expect(errors).toEqual([]);
    await new Promise((r) => builder.server.close(r));
    await context.close();
  });
});
