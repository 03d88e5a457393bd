/** The playground on a Chinese page: toolbar, panels, status lines and cause chains in Chinese; BuildKit's words kept. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyses, cursorToLine, nextAnalysis, newPage, openFile, openPlayground, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const step = (name: string): string => `.pg-step[data-step$="${name}"]`;

/** UI strings the English playground shows; none may remain on the Chinese page (matched as whole words). */
const englishLabels = [
  'Build', 'Rebuild', 'Reset', 'Undo reset', 'Share', 'Export .zip', 'Export .tar', 'Import .zip/.tar', 'Example',
  'Steps', 'Graph', 'Log', 'Compare', 'Problems', 'Build settings', 'Build time (estimated)', 'Final image size (estimated)',
  'Cold (empty cache)', 'Next rebuild, warm', 'This build, warm', 'Build before', 'Now', 'First build', 'If you rebuild now',
  'steps from cache', 'show line', 'show', 'Why run', 'Why cached', 'Show the cause in the editor', '+ File', '+ Folder',
  'New file', 'New folder', 'Rename', 'Delete', 'read-only', 'Keyboard', 'Build context', 'Playground actions', 'Results',
  'Build results', 'Open files', 'Engine', 'last stage', 'No findings', 'Record two builds', 'Files changed', 'Step', 'From',
  'To', 'nothing it depends on changed', 'its previous step ran again', 'modified', 'root cause', 'recorded', 'Stage graph',
  'critical path', 'lanes?', 'Go service', 'File text', 'File editor', 'Share link', 'Playground',
];
const englishPattern = new RegExp(`(?<![\\w-])(${englishLabels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '?' ? c : `\\${c}`))).join('|')})(?![\\w-])`);

/** Visible playground text and its aria-labels/titles, leaving out code, file text, the log, BuildKit badges, rule messages and the real-build feature. */
function uiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-playground]');
    if (!root) return [];
    const skip = 'script, code, pre, kbd, textarea, .monaco-editor, [data-part="editor"], .pg-log, .pg-problem, .pg-badge, option[value="v0.8"], dialog, [data-part^="real"], [data-tab^="real"], [id*="-real"], .pg-real-build';
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest(skip) || (parent.closest('[hidden]') && !parent.closest('[role="tabpanel"]'))) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of root.querySelectorAll('[aria-label], [title]')) {
      if (el.closest('.monaco-editor, dialog, [data-part^="real"], [data-tab^="real"], [id*="-real"], .pg-real-build')) continue;
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** The real-build feature's own English words; none may remain in its Chinese UI (BuildKit's CACHED/RUN, URLs and flags may). */
const englishRealLabels = [
  'Connect a builder', 'Builder connected', 'Server URL', 'Token', 'Test connection', 'Disconnect', 'Close', 'Real build', 'Real log',
  'Stop', 'Nothing answered', 'refused', 'answered', 'is not a server URL', 'Start the server', 'Step', 'Predicted', 'Real', 'match',
  'differs', 'not built', 'running', 'stopped', 'finished', 'Current files', 'the stream ended', 'canceled', 'builds done', 'on modern',
  'Run your recorded builds', 'stay in this browser', 'Connected to', 'Replay your recorded builds',
];
const englishRealPattern = new RegExp(`(?<![\\w-])(${englishRealLabels.join('|')})(?![\\w-])`);

/** A loopback HTTP server answering every request with `answer`; resolves with its URL. */
async function fakeServer(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
const closeServer = (s: Server): Promise<unknown> => new Promise((r) => s.close(r));

/** The real-build UI's text: visible text, aria-labels, titles and labels, leaving out code and BuildKit's log. */
function realText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const parts = document.querySelectorAll('[data-part^="real"]:not([data-part="real-log"]), [data-tab^="real"], .pg-real-dialog');
    for (const part of parts) {
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('code, pre')) continue;
        const text = n.textContent?.trim();
        if (text) out.push(text);
      }
      for (const el of [part, ...part.querySelectorAll('[aria-label], [title], [placeholder]')]) {
        for (const name of ['aria-label', 'title']) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
      }
    }
    return out;
  });
}

describe('the playground in Chinese', () => {
  it('a learner on /zh-cn/playground/ builds, edits main.go, rebuilds, and reads toolbar, summary and causes in Chinese', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openPlayground(page, `${h.site.url}/zh-cn/playground/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    const toolbar = page.getByRole('toolbar', { name: '练习场操作' });
    const build = toolbar.getByRole('button', { name: '构建', exact: true });
    for (const name of ['重置', '分享', '导出 .zip', '导出 .tar']) expect(await toolbar.getByRole('button', { name, exact: true }).count()).toBe(1);
    for (const name of ['步骤', '阶段图', '日志', '对比', '问题']) expect(await page.getByRole('tab', { name, exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('.pg-summary').innerText()).toMatch(/^首次构建：全部 \d+ 个步骤都会执行/);
    expect(await page.locator('.pg-hint').innerText()).toContain('打开快速修复');
    expect(await page.locator('.pg-bars figcaption').first().innerText()).toBe('构建时间（估算）');

    // A finding's hover: the rule title comes from its Chinese rule page; the RUN doc under it is Chinese too.
    await cursorToLine(page, 6);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const rows = () => page.locator('.monaco-hover:not(.hidden) .hover-row').allInnerTexts().then((t) => t.join('\n'));
    await expect.poll(rows).toMatch(/GoCacheMountMissing — [^\n]*[\u3400-\u9fff]/);
    expect(await rows()).toContain('规则说明');
    expect(await rows()).toContain('在当前层之上新建一层并在其中执行命令。');
    expect(await rows()).toContain('缓存：');
    expect(await rows()).not.toContain('Cache:');
    await page.keyboard.press('Escape');

    await build.click();
    await expect.poll(() => page.locator('[data-part="build"]').innerText()).toBe('重新构建');
    expect(await page.locator('[data-part="status"]').innerText()).toMatch(/^已记录构建 #1：0 步命中缓存，\d+ 步执行。$/);

    const n = await analyses(page);
    await openFile(page, 'main.go');
    await cursorToLine(page, 11);
    await page.keyboard.type('// 一处源码修改\n');
    await nextAnalysis(page, n);
    const copyAll = page.locator(step('COPY . .'));
    await page.waitForSelector(`${step('COPY . .')}[data-verdict="run"]`);
    // BuildKit's words stay: the badge and the step name; the cause is Chinese and names the file.
    expect(await copyAll.locator('.pg-badge').innerText()).toBe('RUN');
    const cause = await copyAll.locator('.pg-causes').innerText();
    expect(cause).toContain('main.go 已修改，而 `COPY . .` 会读取这个文件。');
    expect(await copyAll.locator('.pg-causes').getAttribute('aria-label')).toBe('执行的原因');
    const after = await page.locator(step('RUN go mod download')).locator('.pg-causes').innerText();
    expect(after).toContain('它的上一步重新执行了');
    expect(after).toContain('根本原因（位于 `');
    expect(await page.locator('.pg-summary').innerText()).toMatch(/^如果现在重新构建：\d+ 个步骤命中缓存（共 \d+ 个）/);

    await page.locator('[data-part="build"]').click();
    await expect.poll(() => page.locator('[data-part="status"]').innerText()).toMatch(/^已记录构建 #2：/);
    expect(await page.locator('.pg-summary').innerText()).toMatch(/^构建 #2：/);

    await page.getByRole('tab', { name: '对比' }).click();
    expect(await page.locator('[data-part="compare"]').innerText()).toContain('改动的文件：main.go。');
    await page.getByRole('tab', { name: '阶段图' }).click();
    expect(await page.locator('.pg-dag').getAttribute('aria-label')).toMatch(/^阶段图：/);
    await page.getByRole('tab', { name: '日志' }).click();
    // The log is what docker prints: left in BuildKit's words.
    expect(await page.locator('[data-part="log"]').innerText()).toMatch(/#\d+ \[builder \d\/\d\] COPY \. \./);

    for (const tab of ['步骤', '阶段图', '对比']) {
      await page.getByRole('tab', { name: tab }).click();
      const leftovers = (await uiText(page)).filter((t) => englishPattern.test(t));
      expect(leftovers, `English on the ${tab} tab`).toEqual([]);
    }
    await page.getByRole('tab', { name: '步骤' }).click();
    await page.screenshot({ path: 'test-results/playground-zh.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the builder UI on /zh-cn/playground/ speaks Chinese: Connect dialog, refused, bad URL, 401 and CORS, then a connected replay that stops', async () => {
    const { context, page, errors } = await newPage(h);
    await openPlayground(page, `${h.site.url}/zh-cn/playground/`, false);
    const connect = page.getByRole('button', { name: '连接构建器', exact: true });
    await expect(connect.isVisible()).resolves.toBe(true);
    await connect.click();
    const dialog = page.getByRole('dialog', { name: '连接构建器' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    const url = dialog.getByLabel('服务器 URL');
    const token = dialog.getByLabel('令牌');
    for (const name of ['测试连接', '断开连接', '关闭']) expect(await dialog.getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(await dialog.locator('p.pg-muted').innerText()).toMatch(/^通过 layerlab serve 在真实的 BuildKit 上运行/);
    const health = dialog.locator('[data-part="real-health"]');
    const test = async (u: string, t: string, expected: string): Promise<string> => {
      await url.fill(u);
      await token.fill(t);
      await dialog.getByRole('button', { name: '测试连接' }).click();
      await page.waitForFunction((want) => document.querySelector('[data-part="real-health"]')?.textContent?.includes(want), expected, { timeout: 15_000 });
      return health.innerText();
    };

    const closed = await fakeServer(() => undefined);
    await closeServer(closed.server);
    expect(await test(closed.url, 'x', '没有应答')).toBe(`${closed.url} 没有应答（连接被拒绝或无法访问）。\`layerlab serve\` 是否在该端口上运行？`);
    expect(await health.getAttribute('data-state')).toBe('error');
    expect(await test('not a url', 'x', '不是服务器 URL')).toBe('“not a url”不是服务器 URL：请写成 http://127.0.0.1:7421 这样的形式。');
    const cors = (origin: string | undefined) => (req: IncomingMessage, res: ServerResponse): void => {
      const headers: Record<string, string> = origin ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'Authorization, Content-Type' } : {};
      if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
      res.writeHead(401, { ...headers, 'content-type': 'application/json' }).end('{"error":"token"}');
    };
    const denies = await fakeServer(cors(h.site.url));
    expect(await test(denies.url, 'wrong', '（401）')).toContain('服务器拒绝了该令牌（401）');
    const blocks = await fakeServer(cors(undefined));
    expect(await test(blocks.url, 'x', '（CORS）')).toBe(`${blocks.url} 有应答，但浏览器拦截了响应（CORS）。请用 --allow-origin ${h.site.url} 启动服务器。`);
    await Promise.all([denies, blocks].map((s) => closeServer(s.server)));
    expect((await realText(page)).filter((t) => englishRealPattern.test(t))).toEqual([]);

    // A server that passes the health check but sends no events: connected, then the replay stops and says why, in Chinese.
    const hollow = await fakeServer((req, res) => {
      const headers = { 'access-control-allow-origin': h.site.url, 'access-control-allow-headers': 'Authorization, Content-Type', 'access-control-allow-methods': 'GET, POST, DELETE' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
      if (req.url === '/v1/health') return void res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{"ok":true,"version":"0.1.0","engines":[{"id":"modern","reachable":true,"buildkit":"v0.25.2"}]}');
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream' }).end(': no events\n\n');
    });
    expect(await test(hollow.url, 'x', '已连接到')).toContain('已连接到 layerlab serve 0.1.0。');
    await page.keyboard.press('Escape');
    expect(await connect.count()).toBe(0);
    expect(await page.getByRole('button', { name: '构建器已连接', exact: true }).count()).toBe(1);
    const run = page.getByRole('button', { name: '真实构建', exact: true });
    expect(await run.getAttribute('title')).toBe('在已连接的 BuildKit 上重放你记录的构建');
    await run.click();
    await page.waitForFunction(() => document.querySelector('[data-part="status"]')?.textContent === '真实构建已停止；原因见“真实构建”标签页。', undefined, { timeout: 15_000 });
    expect(await page.getByRole('tab', { name: '真实构建' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: '真实日志' }).count()).toBe(1);
    expect(await page.locator('[data-part="real-summary"]').innerText()).toBe('BuildKit 已完成 0 次构建，共 1 次。');
    expect(await page.locator('.pg-real-build .pg-summary').innerText()).toBe('事件流在结果到达之前就结束了。');
    expect(await page.locator('.pg-real-build').getAttribute('aria-label')).toBe('当前文件');
    expect((await realText(page)).filter((t) => englishRealPattern.test(t))).toEqual([]);
    await closeServer(hollow.server);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the English playground still speaks English', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openPlayground(page, `${h.site.url}/playground`, false);
    expect(await page.locator('[data-part="build"]').innerText()).toBe('Build');
    expect(await page.locator('.pg-summary').innerText()).toMatch(/^First build: all \d+ steps run/);
    expect((await uiText(page)).some((t) => englishPattern.test(t))).toBe(true);
    await context.close();
  });
});
