import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSaved, encodeSaved, resetTo, undoReset } from '../../src/editor/state/persist.ts';
import { applyPageMarks, initialState, type PlaygroundConfig } from '../../src/editor/state/playground-state.ts';
import { updateFile } from '../../src/editor/state/files.ts';
import { recordBuild } from '../../src/editor/state/builds.ts';

const config: PlaygroundConfig = {
  id: 't',
  goals: [],
  files: [
    { path: 'Dockerfile', content: 'FROM alpine\n' },
    { path: 'main.go', content: 'package main\n' },
    { path: 'go.sum', content: 'locked', readonly: true },
  ],
};

describe('persistence codec', () => {
  it('round-trips a state with edits and builds', () => {
    const s0 = initialState(config);
    const edited = updateFile(s0.workspace, 'main.go', 'package main // 你好\n');
    if (edited.kind !== 'ok') throw new Error('edit refused');
    const state = { ...s0, workspace: edited.workspace, history: recordBuild(s0.history, { at: 5, files: { a: 'b' }, settings: s0.settings, steps: [{ name: 's', verdict: 'run' as const, reason: 'r' }], estimate: { coldSeconds: 1, warmSeconds: 2, imageBytes: 3 } }) };
    const back = decodeSaved(encodeSaved({ state, undo: null }));
    expect(back?.state).toEqual(state);
  });
  it('refuses garbage without throwing', () => {
    expect(decodeSaved('not json')).toBeNull();
    expect(decodeSaved('{"version":99,"state":{}}')).toBeNull();
    expect(decodeSaved('{"version":1,"state":{"workspace":{"files":[{"path":3}]}}}')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => { decodeSaved(s); }));
  });
  it('Reset can be undone', () => {
    const s0 = initialState(config);
    const edited = updateFile(s0.workspace, 'main.go', 'changed');
    if (edited.kind !== 'ok') throw new Error('edit refused');
    const saved = { state: { ...s0, workspace: edited.workspace }, undo: null };
    const reset = resetTo(saved, s0);
    expect(reset.state).toEqual(s0);
    const back = undoReset(decodeSaved(encodeSaved(reset))!);
    expect(back.state.workspace.files.find((f) => f.path === 'main.go')?.content).toBe('changed');
    expect(back.undo).toBeNull();
  });
  it('restored states cannot unlock the page\'s read-only files', () => {
    const s0 = initialState(config);
    const tampered = { ...s0, workspace: { ...s0.workspace, files: s0.workspace.files.map((f) => ({ path: f.path, content: f.path === 'go.sum' ? 'hacked' : f.content })) } };
    const marked = applyPageMarks(tampered, config);
    const sum = marked.workspace.files.find((f) => f.path === 'go.sum');
    expect(sum).toEqual({ path: 'go.sum', content: 'locked', readonly: true });
  });
});
