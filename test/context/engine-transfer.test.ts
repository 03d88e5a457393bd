import { describe, expect, it } from 'vitest';
import { v08Engine, modernEngine } from '../../src/core/engines/index.ts';
import { createContext, ignoreRulesFrom, readIgnoreFile, selectSources, snapshotOf, type Snapshot } from '../../src/core/context/index.ts';

const ctx = createContext({ 'config/defaults.yaml': 'port: 8080\n', 'config/local.yaml': 'token: dev\n', 'main.go': 'package main\n' });

function snap(dockerignore: string, sendsEmptiedDirs: boolean): Snapshot {
  const s = snapshotOf(ctx, ignoreRulesFrom(readIgnoreFile(dockerignore), '.dockerignore'), undefined, undefined, sendsEmptiedDirs);
  if ('error' in s) throw new Error(s.error);
  return s;
}

describe('context transfer differences between engines (recorded: copy-wildcard-ignored-dir)', () => {
  it('the profiles hold the difference as data', () => {
    expect(v08Engine.transferSendsEmptiedDirs).toBe(true);
    expect(modernEngine.transferSendsEmptiedDirs).toBe(false);
  });
  it('config/* excluded: v0.8 sends the emptied config/ directory, modern does not', () => {
    expect(snap('config/*\n', true).entries.has('config')).toBe(true);
    expect(snap('config/*\n', false).entries.has('config')).toBe(false);
    expect([...snap('config/*\n', false).entries.keys()]).toEqual(['main.go']);
  });
  it('a directory with something sent below it is sent by both', () => {
    for (const eager of [true, false]) expect(snap('config/*\n!config/defaults.yaml\n', eager).entries.has('config')).toBe(true);
  });
  it('a wildcard under a missing directory fails the copy with lstat, under an emptied one it matches nothing', () => {
    const [modern] = selectSources(snap('config/*\n', false), ['config/*.yaml']);
    expect(modern).toMatchObject({ status: 'error', error: 'lstat /config: no such file or directory' });
    const [v08] = selectSources(snap('config/*\n', true), ['config/*.yaml']);
    expect(v08?.status).toBe('empty-wildcard');
    const [gone] = selectSources(snap('config/\n', true), ['config/*.yaml']);
    expect(gone?.status).toBe('error');
    const [plain] = selectSources(snap('', true), ['*.yaml']);
    expect(plain?.status).toBe('empty-wildcard');
  });
});
