/** The real-build messages on a Chinese page: our words in Chinese, BuildKit's words, URLs and flags kept. */
import { describe, expect, it } from 'vitest';
import type { BuildEvent } from '../../../src/server/sse.ts';
import { translator } from '../../../src/editor/i18n.ts';
import { checkHealth, runReplay, type Fetch } from '../../../src/editor/real-build/client.ts';
import { compareView } from '../../../src/editor/real-build/compare.ts';
import { networkError, readHealth, statusError } from '../../../src/editor/real-build/connection.ts';
import { applyEvent, interrupted, waiting } from '../../../src/editor/real-build/progress.ts';
import { mixedEnginesNote, type PlannedBuild } from '../../../src/editor/real-build/request.ts';

const zh = translator('zh-cn');
const origin = 'http://127.0.0.1:4321';
const cjk = /[\u3400-\u9fff]/;
const planned: PlannedBuild = {
  label: '构建 #2',
  body: { session: 's', engine: 'modern', files: {}, dockerfile: 'Dockerfile', buildArgs: {}, noCache: false },
  predicted: [{ name: '[2/2] RUN go build', verdict: 'cached', reason: '它的输入没有变化。' }],
};
const step = (status: 'cached' | 'done'): BuildEvent => ({ event: 'step', data: { vertex: '1', name: '[2/2] RUN go build', step: true, status, line: `#1 ${status}` } });

describe('real builds in Chinese', () => {
  it('words connection failures in Chinese, keeping the status, URL and --allow-origin hint', () => {
    expect(statusError(401, null, origin, null, zh)?.message).toBe('服务器拒绝了该令牌（401）。请粘贴 `layerlab serve` 启动时打印的令牌（或它的 LAYERLAB_TOKEN）。');
    expect(statusError(403, null, origin, null, zh)?.message).toBe('服务器拒绝了此页面的来源（403）。请用 --allow-origin http://127.0.0.1:4321 启动它。');
    expect(statusError(429, 'queue full', origin, '3', zh)?.message).toBe('服务器正忙（429: queue full）；请在 3 秒后重试。');
    expect(statusError(429, null, origin, null, zh)?.message).toBe('服务器正忙（429）；请稍后重试。');
    expect(networkError('http://127.0.0.1:9', false, origin, zh)).toEqual({ reason: 'refused', message: 'http://127.0.0.1:9 没有应答（连接被拒绝或无法访问）。`layerlab serve` 是否在该端口上运行？' });
    expect(networkError('http://127.0.0.1:9', true, origin, zh).message).toContain('（CORS）。请用 --allow-origin http://127.0.0.1:4321 启动服务器。');
    expect(networkError('http://build.example', false, 'https://layerlab.dev', zh).message).toContain('（混合内容）');
    expect(readHealth({ hello: 1 }, zh)).toMatchObject({ kind: 'error', message: expect.stringMatching(cjk) });
    expect(readHealth({ engines: [{ id: 'modern', reachable: false }] }, zh)).toMatchObject({ engines: [{ detail: '无法连接' }] });
  });

  it('checkHealth passes the translator down to the refused message', async () => {
    const refused: Fetch = async () => { throw new TypeError('Failed to fetch'); };
    expect(await checkHealth(refused, { url: 'http://127.0.0.1:9', token: '' }, origin, zh)).toMatchObject({ kind: 'error', message: expect.stringContaining('没有应答') });
  });

  it('explains a mismatch and summarizes in Chinese, with CACHED/RUN and the step name kept', () => {
    const p = [step('done'), { event: 'result', data: { ok: true, error: null, session: 's', engine: 'modern', build: 1, steps: { '[2/2] RUN go build': 'run' }, predicted: {}, comparison: [], mismatches: 1, durationMs: 5, log: '' } } as BuildEvent]
      .reduce(applyEvent, waiting(planned));
    const v = compareView(p, zh);
    expect(v.rows[0]).toMatchObject({ step: '[2/2] RUN go build', status: 'mismatch', explanation: 'Layerlab 预测为 CACHED（它的输入没有变化），但 BuildKit 执行了它。' });
    expect(v.summary).toBe('构建 #2：1 个步骤与预测不同（共 1 个）。');
    expect(v.detail).toBe('1 个步骤与预测不同（共 1 个）。');
    expect(compareView(interrupted(waiting(planned), '已取消', true), zh).summary).toBe('构建 #2：已取消。');
    const failed = applyEvent(waiting(planned), { event: 'result', data: { ok: false, error: null, session: 's', engine: 'modern', build: 1, steps: {}, predicted: {}, comparison: [], mismatches: 0, durationMs: 5, log: '' } });
    expect(compareView(failed, zh).summary).toBe('构建 #2：构建失败。');
    expect(compareView(failed).summary).toBe('构建 #2: the build failed.');
    expect(mixedEnginesNote([planned, { ...planned, body: { ...planned.body, engine: 'v0.8' } }], zh)).toMatch(cjk);
  });

  it('a stopped replay says "canceled" in Chinese', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const f: Fetch = async (_url, init) => { if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError'); return new Response(null, { status: 204 }); };
    const all = await runReplay(f, { url: 'http://127.0.0.1:7421', token: '' }, [planned], ctl.signal, origin, () => undefined, zh);
    expect(all[0]).toMatchObject({ phase: 'canceled', error: '已取消' });
  });
});
