import { describe, expect, it } from 'vitest';
import { defaultSettings, type StepView } from '../../../src/editor/protocol.ts';
import { isSessionId, mixedEnginesNote, newSessionId, replayPlan } from '../../../src/editor/real-build/request.ts';
import { recordBuild } from '../../../src/editor/state/builds.ts';
import { initialState } from '../../../src/editor/state/playground-state.ts';

const config = { id: 'p', files: [{ path: 'Dockerfile', content: 'FROM alpine\nRUN echo hi\n' }, { path: '.git/HEAD', content: 'x', hidden: true }], goals: [] };
const estimate = { coldSeconds: 1, warmSeconds: 0, imageBytes: 0 };
const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } };

describe('replay plan', () => {
  it('sends every recorded build, oldest first, with its own files, settings and prediction', () => {
    const s0 = initialState(config);
    let history = recordBuild(s0.history, { at: 1, files: { Dockerfile: 'FROM alpine\n' }, settings: defaultSettings, steps: [{ name: '[1/2] RUN echo hi', verdict: 'run', reason: 'first build' }], estimate });
    history = recordBuild(history, { at: 2, files: { Dockerfile: 'FROM alpine\n', 'a.txt': 'a' }, settings: { engine: 'v0.8', target: 'build', noCache: true, buildArgs: { V: '1' } }, steps: [{ name: '[1/2] RUN echo hi', verdict: 'cached', reason: 'same' }], estimate });
    const plan = replayPlan({ ...s0, history }, 'pg-1', null);
    expect(plan.kind).toBe('ok');
    if (plan.kind !== 'ok') return;
    expect(plan.builds.map((b) => b.label)).toEqual(['Build #1', 'Build #2']);
    expect(plan.builds[0]!.body).toEqual({ session: 'pg-1', engine: 'modern', files: { Dockerfile: 'FROM alpine\n' }, dockerfile: 'Dockerfile', buildArgs: {}, noCache: false });
    expect(plan.builds[1]!.body).toEqual({ session: 'pg-1', engine: 'v0.8', files: { Dockerfile: 'FROM alpine\n', 'a.txt': 'a' }, dockerfile: 'Dockerfile', target: 'build', buildArgs: { V: '1' }, noCache: true });
    expect(plan.builds[1]!.predicted[0]!.verdict).toBe('cached');
    expect(mixedEnginesNote(plan.builds)).toContain('each engine keeps its own cache');
    expect(mixedEnginesNote(plan.builds.slice(0, 1))).toBeNull();
  });

  it('with nothing recorded, builds the current files (hidden ones too) with the live prediction', () => {
    const s0 = initialState(config);
    expect(replayPlan(s0, 'pg-1', null).kind).toBe('nothing');
    const live: StepView[] = [{ name: '[1/2] RUN echo hi', stage: '', verdict: 'run', causes: [{ text: 'the cache is empty' }], range, seconds: 1 }];
    const plan = replayPlan(s0, 'pg-1', live);
    expect(plan.kind === 'ok' && plan.builds[0]!.body.files).toEqual({ '.git/HEAD': 'x', Dockerfile: 'FROM alpine\nRUN echo hi\n' });
    expect(plan.kind === 'ok' && plan.builds[0]!.predicted).toEqual([{ name: '[1/2] RUN echo hi', verdict: 'run', reason: 'the cache is empty' }]);
  });

  it('refuses a history whose build lacks the Dockerfile', () => {
    const s0 = initialState(config);
    const history = recordBuild(s0.history, { at: 1, files: { 'x.txt': '' }, settings: defaultSettings, steps: [], estimate });
    expect(replayPlan({ ...s0, history }, 'pg-1', null)).toEqual({ kind: 'nothing', reason: 'Build #1 has no Dockerfile; rebuild after restoring it.' });
  });

  it('makes session ids the server accepts', () => {
    const id = newSessionId(new Uint8Array([0, 255, 16]));
    expect(id).toBe('pg-00ff10');
    expect(isSessionId(id)).toBe(true);
    expect(isSessionId('a/b')).toBe(false);
    expect(isSessionId('x'.repeat(65))).toBe(false);
  });
});
