import { describe, expect, it } from 'vitest';
import { addFile, addFolder, deletePath, makeWorkspace, normalizePath, renamePath, updateFile, type EditResult, type Workspace } from '../../src/editor/state/files.ts';
import { buildTree } from '../../src/editor/state/tree.ts';

const ws = makeWorkspace([
  { path: 'main.go', content: 'package main' },
  { path: 'Dockerfile', content: 'FROM golang' },
  { path: 'go.sum', content: '', readonly: true },
  { path: 'cmd/api/main.go', content: 'package main' },
  { path: '.secret', content: 'x', hidden: true },
]);

function okWs(result: EditResult): Workspace {
  if (result.kind !== 'ok') throw new Error(result.reason);
  return result.workspace;
}

describe('workspace edits', () => {
  it('normalises paths and refuses escapes', () => {
    expect(normalizePath('./a//b/')).toBe('a/b');
    expect(normalizePath('\\x\\y')).toBe('x/y');
    expect(normalizePath('../etc/passwd')).toBeNull();
    expect(normalizePath('  ')).toBeNull();
  });
  it('adds files and refuses taken paths', () => {
    const next = okWs(addFile(ws, 'internal/db.go', 'package db'));
    expect(next.files.map((f) => f.path)).toContain('internal/db.go');
    expect(addFile(ws, 'main.go').kind).toBe('refused');
    expect(addFile(ws, 'cmd').kind).toBe('refused');
    expect(addFile(ws, 'main.go/x').kind).toBe('refused');
  });
  it('keeps empty folders until a file lands in them', () => {
    const withFolder = okWs(addFolder(ws, 'pkg'));
    expect(withFolder.folders).toEqual(['pkg']);
    expect(okWs(addFile(withFolder, 'pkg/a.go')).folders).toEqual([]);
  });
  it('refuses to change read-only files', () => {
    expect(updateFile(ws, 'go.sum', 'x')).toEqual({ kind: 'refused', reason: 'go.sum is read-only' });
    expect(okWs(updateFile(ws, 'main.go', 'package x')).files.find((f) => f.path === 'main.go')?.content).toBe('package x');
  });
  it('renames folders with everything under them', () => {
    const next = okWs(renamePath(ws, 'cmd', 'apps'));
    expect(next.files.map((f) => f.path)).toContain('apps/api/main.go');
    expect(next.files.map((f) => f.path)).not.toContain('cmd/api/main.go');
    expect(renamePath(ws, 'cmd', 'cmd/inner').kind).toBe('refused');
    expect(renamePath(ws, 'go.sum', 'x.sum').kind).toBe('refused');
    expect(renamePath(ws, 'main.go', 'Dockerfile').kind).toBe('refused');
  });
  it('deletes files and folders but not read-only ones', () => {
    expect(okWs(deletePath(ws, 'cmd')).files.map((f) => f.path)).toEqual(['.secret', 'Dockerfile', 'go.sum', 'main.go']);
    expect(deletePath(ws, 'go.sum').kind).toBe('refused');
    expect(deletePath(ws, 'nope').kind).toBe('refused');
  });
  it('builds a tree with folders first and hidden files left out', () => {
    const tree = buildTree(ws);
    expect(tree.map((n) => n.name)).toEqual(['cmd', 'Dockerfile', 'go.sum', 'main.go']);
    const cmd = tree[0];
    expect(cmd?.kind === 'folder' && cmd.children[0]?.kind === 'folder' && cmd.children[0].children[0]?.path).toBe('cmd/api/main.go');
    const sum = tree.find((n) => n.name === 'go.sum');
    expect(sum?.kind === 'file' && sum.readonly).toBe(true);
  });
});
