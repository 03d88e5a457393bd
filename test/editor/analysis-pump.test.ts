import { describe, expect, it } from 'vitest';
import { createPump } from '../../src/editor/analysis-pump.ts';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve = (): void => {};
  let reject = (_e: Error): void => {};
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('analysis pump', () => {
  it('keeps one run in flight and coalesces requests made meanwhile into one more run', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const pump = createPump(() => { const d = deferred(); runs.push(d); return d.promise; }, () => {});
    pump.soon();
    pump.soon();
    pump.soon();
    expect(runs.length).toBe(1);
    runs[0]!.resolve();
    await tick();
    expect(runs.length).toBe(2);
    let done = false;
    void pump.settled().then(() => { done = true; });
    runs[1]!.resolve();
    await tick();
    expect(done).toBe(true);
    expect(runs.length).toBe(2);
  });
  it('after a restart, the superseded run neither reports its error nor starts another run', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const errors: unknown[] = [];
    const pump = createPump(() => { const d = deferred(); runs.push(d); return d.promise; }, (e) => errors.push(e));
    pump.soon();
    pump.restart();
    expect(runs.length).toBe(2);
    runs[0]!.reject(new Error('worker crashed'));
    await tick();
    expect(errors).toEqual([]);
    expect(runs.length).toBe(2);
    runs[1]!.resolve();
    await tick();
    await pump.settled();
  });
  it('reports a failed run and tries again', async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const pump = createPump(async () => { calls++; if (calls === 1) throw new Error('boom'); }, (e) => errors.push(e));
    pump.soon();
    await tick();
    await pump.settled();
    expect(errors.length).toBe(1);
    expect(calls).toBe(2);
  });
});
