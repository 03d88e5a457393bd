import { describe, expect, it } from 'vitest';
import { addPath, movePath, recordAnalysis, removePath, writeFile, type StateResult } from '../../src/editor/state/actions.ts';
import { initialState } from '../../src/editor/state/playground-state.ts';
import type { PlaygroundState } from '../../src/editor/state/playground-state.ts';
import type { AnalysisResult } from '../../src/editor/protocol.ts';

const s0 = initialState({ id: 'x', goals: [], files: [{ path: 'Dockerfile', content: 'FROM a' }, { path: 'cmd/main.go', content: 'package main' }, { path: 'go.sum', content: '', readonly: true }] });
const ok = (r: StateResult): PlaygroundState => {
  if (r.kind !== 'ok') throw new Error(r.reason);
  return r.state;
};

describe('state actions', () => {
  it('adding a file opens it; adding a folder does not', () => {
    expect(ok(addPath(s0, './internal/x.go', false)).tabs).toEqual({ open: ['Dockerfile', 'internal/x.go'], active: 'internal/x.go' });
    expect(ok(addPath(s0, 'pkg', true)).tabs).toEqual(s0.tabs);
  });
  it('renaming the Dockerfile moves the -f path and its tab', () => {
    const s = ok(movePath(s0, 'Dockerfile', 'build/Dockerfile'));
    expect(s.dockerfile).toBe('build/Dockerfile');
    expect(s.tabs.active).toBe('build/Dockerfile');
  });
  it('deleting a folder closes its tabs; read-only files refuse edits', () => {
    const opened = { ...s0, tabs: { open: ['Dockerfile', 'cmd/main.go'], active: 'cmd/main.go' } };
    expect(ok(removePath(opened, 'cmd')).tabs).toEqual({ open: ['Dockerfile'], active: 'Dockerfile' });
    expect(writeFile(s0, 'go.sum', 'x')).toEqual({ kind: 'refused', reason: 'go.sum is read-only' });
  });
  it('recording an analysis numbers the build and summarises it', () => {
    const result = { steps: [{ name: 'a', verdict: 'cached', causes: [{ text: 'same' }] }, { name: 'b', verdict: 'run', causes: [] }], estimate: { coldSeconds: 3, warmSeconds: 1, imageBytes: 9 } } as unknown as AnalysisResult;
    const r = recordAnalysis(s0, result, 42);
    expect(r.id).toBe(1);
    expect(r.summary).toBe('Build #1 recorded: 1 cached, 1 run.');
    expect(r.state.history.builds[0]).toMatchObject({ at: 42, steps: [{ name: 'a', verdict: 'cached', reason: 'same' }, { name: 'b', verdict: 'run', reason: '' }] });
  });
});
