/** Real builds without a builder: nothing changes, nothing breaks, and the Connect dialog explains each failure. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A loopback HTTP server answering every request with `answer`; resolves with its URL. */
async function fakeServer(answer: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<{ url: string; server: Server }> {
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
    await test('127.0.0.1:7421', 'x', 'is not a server URL');

    const cors = (origin: string | undefined) => (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
      const headers: Record<string, string> = origin ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'Authorization, Content-Type' } : {};
      if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
      res.writeHead(401, { ...headers, 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end('{"error":"token"}');
    };
    const denies = await fakeServer(cors(h.site.url));
    await test(denies.url, 'wrong', 'refused the token (401)');
    const blocks = await fakeServer(cors(undefined));
    await test(blocks.url, 'x', `--allow-origin ${h.site.url}`);
    await Promise.all([denies, blocks].map((s) => new Promise((r) => s.server.close(r))));

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
