import { describe, expect, it } from 'vitest';
import { analysis } from '../../src/editor/analysis.ts';
import { createHandler } from '../../src/editor/worker-handler.ts';
import { createWorkerClient, type WorkerLike } from '../../src/editor/worker-client.ts';
import { defaultSettings, type AnalysisResult, type WorkerReply, type WorkerRequest } from '../../src/editor/protocol.ts';
import { goService } from '../../src/editor/examples.ts';

const files = Object.fromEntries(goService.files.map((f) => [f.path, f.content]));

describe('worker handler (called directly, no worker, no DOM)', () => {
  const handle = createHandler(analysis);
  it('answers analyze with diagnostics carrying fixes', () => {
    const reply = handle({ kind: 'request', id: 1, method: 'analyze', params: { current: { files, settings: defaultSettings }, history: [], dockerfile: 'Dockerfile' } });
    expect(reply.kind).toBe('result');
    const result = (reply as { result: AnalysisResult }).result;
    expect(result.core.parser && result.core.rules).toBe(true);
    const json = result.diagnostics.find((d) => d.code === 'JSONArgsRecommended');
    expect(json?.data?.fixes[0]?.edits[0]?.newText).toBe('["/app"]');
  });
  it('answers hover with the rule of the last analysis', () => {
    const reply = handle({ kind: 'request', id: 2, method: 'hover', params: { text: files['Dockerfile']!, position: { line: 10, character: 12 } } });
    expect(reply.kind === 'result' && JSON.stringify(reply.result)).toContain('JSONArgsRecommended');
  });
  it('answers completion and code actions', () => {
    const reply = handle({ kind: 'request', id: 3, method: 'complete', params: { text: 'FROM a AS b\nCOPY --from=', position: { line: 1, character: 12 }, buildArgs: [] } });
    expect(reply).toMatchObject({ kind: 'result', id: 3, result: [{ label: 'b' }] });
  });
  it('turns a thrown error into an error reply with the same id', () => {
    const broken = createHandler({ ...analysis, analyze: () => { throw new Error('boom'); } });
    expect(broken({ kind: 'request', id: 9, method: 'analyze', params: { current: { files: {}, settings: defaultSettings }, history: [], dockerfile: 'Dockerfile' } })).toEqual({ kind: 'error', id: 9, message: 'boom' });
  });
});

/** A fake worker that runs the real handler, and can crash like a real one. */
function fakeWorker(log: string[]): WorkerLike {
  const handle = createHandler(analysis);
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: WorkerRequest | { kind: 'crash' }) {
      if (message.kind === 'crash') {
        log.push('crash');
        queueMicrotask(() => w.onerror?.(new Error('crash')));
        return;
      }
      const reply: WorkerReply = handle(message);
      queueMicrotask(() => w.onmessage?.({ data: reply }));
    },
    terminate() {
      log.push('terminate');
    },
  };
  return w;
}

describe('worker client', () => {
  it('replaces a crashed worker and lets the page re-send its state', async () => {
    const log: string[] = [];
    let restarted = 0;
    const client = createWorkerClient(() => { log.push('spawn'); return fakeWorker(log); }, () => { restarted++; });
    const params = { current: { files, settings: defaultSettings }, history: [], dockerfile: 'Dockerfile' };
    const before = await client.call('analyze', params);
    client.crashForTest();
    await new Promise((r) => setTimeout(r, 10));
    expect(restarted).toBe(1);
    expect(client.restarts()).toBe(1);
    const after = await client.call('analyze', params);
    expect(after.diagnostics).toEqual(before.diagnostics);
    expect(log).toEqual(['spawn', 'crash', 'terminate', 'spawn']);
    client.dispose();
  });
  it('rejects pending calls and restarts when the worker hangs', async () => {
    const silent: WorkerLike = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
    let restarted = 0;
    const client = createWorkerClient(() => silent, () => { restarted++; }, 20);
    await expect(client.call('hover', { text: '', position: { line: 0, character: 0 } })).rejects.toThrow('stopped answering');
    expect(restarted).toBe(1);
    client.dispose();
  });
});
