import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, shareFromHash, sharePrefix } from '../../src/editor/state/share.ts';
import { initialState } from '../../src/editor/state/playground-state.ts';
import { packContext, unpackContext } from '../../src/editor/state/archive.ts';

describe('share codec', () => {
  it('round-trips files, settings and the active tab through a URL-safe string', () => {
    const state = initialState({ id: 'x', goals: [], files: [{ path: 'Dockerfile', content: 'FROM golang:1.22\nRUN echo "ü → 世界"\n' }, { path: 'cmd/a.go', content: 'package a' }], focus: 'cmd/a.go', settings: { engine: 'v0.8', buildArgs: { V: '1' } } });
    const encoded = encodeShare(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeShare(shareFromHash(sharePrefix + encoded)!);
    expect(back?.workspace.files).toEqual(state.workspace.files);
    expect(back?.settings).toEqual(state.settings);
    expect(back?.tabs.active).toBe('cmd/a.go');
  });
  it('leaves read-only files out (the page supplies them)', () => {
    const state = initialState({ id: 'x', goals: [], files: [{ path: 'Dockerfile', content: 'FROM a' }, { path: 'go.sum', content: 'x', readonly: true }] });
    expect(decodeShare(encodeShare(state))?.workspace.files.map((f) => f.path)).toEqual(['Dockerfile']);
  });
  it('returns null for anything that is not a share', () => {
    expect(shareFromHash('#other')).toBeNull();
    expect(decodeShare('!!!')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => { decodeShare(s); }));
  });
});

describe('context archives', () => {
  const files = { Dockerfile: 'FROM golang\n', 'cmd/api/main.go': 'package main\n// é\n', [`${'deep/'.repeat(25)}x.go`]: 'package x', empty: '' };
  it('round-trips zip and tar', () => {
    expect(unpackContext(packContext(files, 'zip'))).toEqual(files);
    expect(unpackContext(packContext(files, 'tar'))).toEqual(files);
  });
  it('writes tar that GNU tar reads, and reads tar that GNU tar writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    writeFileSync(join(dir, 'ours.tar'), packContext({ Dockerfile: 'FROM a\n', 'src/x.go': 'package x\n' }, 'tar'));
    expect(execFileSync('tar', ['-tf', join(dir, 'ours.tar')], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(['Dockerfile', 'src/x.go']);
    writeFileSync(join(dir, 'a.txt'), 'alpha\n');
    execFileSync('tar', ['-cf', join(dir, 'theirs.tar'), '-C', dir, 'a.txt']);
    expect(unpackContext(new Uint8Array(readFileSync(join(dir, 'theirs.tar'))))).toEqual({ 'a.txt': 'alpha\n' });
  });
});
