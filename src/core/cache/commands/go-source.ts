/** Reading a Go module out of a filesystem state: go.mod, packages, imports (what `go build` compiles). */
import type { FsFile } from '../context.ts';
import { fileAt, filesBelow, type FsState } from '../fs-state.ts';
import type { Digest } from '../hash.ts';

/** A module found above a directory. */
export interface GoModule {
  readonly root: string;
  readonly path: string;
  readonly goMod: FsFile;
  readonly goSum: FsFile | undefined;
}

function parentDir(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Finds go.mod in the directory or its parents. */
export function findModule(fs: FsState, dir: string, upward = true): GoModule | undefined {
  for (let d = dir; ; d = parentDir(d)) {
    const goMod = fileAt(fs, join(d, 'go.mod'));
    if (goMod !== undefined) {
      const path = /^\s*module\s+("?)([^\s"]+)\1/m.exec(goMod.text ?? '')?.[2] ?? '';
      return { root: d, path, goMod, goSum: fileAt(fs, join(d, 'go.sum')) };
    }
    if (d === '/' || !upward) return undefined;
  }
}

/** What the Go models need to know about one source file. */
export interface GoFileInfo {
  readonly imports: readonly string[];
  readonly ignored: boolean;
  readonly embeds: boolean;
  readonly main: boolean;
}

const INFO_CACHE = new Map<string, GoFileInfo>();

/** Facts about a Go file's text (memoised by content: files rarely change between builds). */
export function goFileInfo(text: string): GoFileInfo {
  let info = INFO_CACHE.get(text);
  if (info) return info;
  if (INFO_CACHE.size > 20000) INFO_CACHE.clear();
  info = { imports: goImports(text), ignored: /^\s*\/\/go:build ignore\s*$/m.test(text), embeds: text.includes('//go:embed'), main: /^\s*package\s+main\b/m.test(text) };
  INFO_CACHE.set(text, info);
  return info;
}

/** The import paths a Go file imports. */
export function goImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const out: string[] = [];
  for (const block of code.matchAll(/\bimport\s*\(([\s\S]*?)\)/g)) for (const m of block[1]!.matchAll(/"([^"]+)"/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s+(?:[\w.]+\s+)?"([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** The source files of the module under its root, grouped by directory. */
export interface ModuleFiles {
  readonly byDir: ReadonlyMap<string, readonly (readonly [string, FsFile])[]>;
  readonly all: ReadonlyMap<string, FsFile>;
  readonly opaque: readonly Digest[];
}

const MODULE_CACHE = new WeakMap<object, ModuleFiles>();

/** Lists the files below a module root (memoised per listing). */
export function moduleFiles(fs: FsState, root: string): ModuleFiles {
  const below = filesBelow(fs, root);
  const cached = MODULE_CACHE.get(below);
  if (cached) return cached;
  const byDir = new Map<string, [string, FsFile][]>();
  for (const [p, f] of below.files) {
    const d = parentDir(p);
    let list = byDir.get(d);
    if (!list) byDir.set(d, (list = []));
    list.push([p, f]);
  }
  for (const list of byDir.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out: ModuleFiles = { byDir, all: below.files, opaque: below.opaque };
  MODULE_CACHE.set(below, out);
  return out;
}

const SOURCE_EXT = /\.(go|c|h|s|S|cc|cpp|hh|hpp|m|f|swig|syso)$/;

/** The files of one package that a build compiles (non-test sources; embed targets approximated by the whole dir). */
export function packageSources(files: ModuleFiles, dir: string, withTests: boolean): (readonly [string, FsFile])[] {
  const list = files.byDir.get(dir) ?? [];
  const go = list.filter(([p, f]) => SOURCE_EXT.test(p) && (withTests || !p.endsWith('_test.go')) && !(p.endsWith('.go') && goFileInfo(f.text ?? '').ignored));
  if (!go.some(([p, f]) => p.endsWith('.go') && goFileInfo(f.text ?? '').embeds)) return go;
  return [...go, ...[...files.all].filter(([p]) => p.startsWith(dir + '/') && !p.endsWith('.go'))];
}

/** Expands package patterns (`.`, `./...`, `./cmd/x`, module import paths) to package directories. */
export function packageDirs(files: ModuleFiles, mod: GoModule | undefined, cwd: string, patterns: readonly string[]): string[] {
  const dirs = new Set<string>();
  const hasGo = (d: string): boolean => (files.byDir.get(d) ?? []).some(([p]) => p.endsWith('.go'));
  for (const raw of patterns.length === 0 ? ['.'] : patterns) {
    let pattern = raw;
    if (mod && (pattern === mod.path || pattern.startsWith(mod.path + '/'))) pattern = mod.root + pattern.slice(mod.path.length);
    else if (pattern === 'all' && mod) pattern = mod.root + '/...';
    else if (!pattern.startsWith('.') && !pattern.startsWith('/')) continue;
    const abs = normalize(pattern.startsWith('/') ? pattern : join(cwd, pattern));
    if (abs.endsWith('/...')) {
      const base = abs.slice(0, -4) || '/';
      for (const d of files.byDir.keys()) if ((d === base || d.startsWith(base === '/' ? '/' : base + '/')) && !/\/(testdata|vendor)(\/|$)|\/[._][^/]*/.test(d.slice(base.length)) && hasGo(d)) dirs.add(d);
    } else dirs.add(abs);
  }
  return [...dirs].sort();
}

/** Cleans an absolute path. */
export function normalize(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** Adds the in-module packages the given packages import, transitively. */
export function withModuleImports(files: ModuleFiles, mod: GoModule | undefined, dirs: readonly string[]): string[] {
  const seen = new Set(dirs);
  const queue = [...dirs];
  while (queue.length > 0) {
    const d = queue.pop()!;
    if (!mod || mod.path === '') continue;
    for (const [, f] of packageSources(files, d, false)) {
      for (const imp of goFileInfo(f.text ?? '').imports) {
        if (imp !== mod.path && !imp.startsWith(mod.path + '/')) continue;
        const dir = mod.root + imp.slice(mod.path.length);
        const abs = dir === '' ? '/' : dir;
        if (!seen.has(abs)) {
          seen.add(abs);
          queue.push(abs);
        }
      }
    }
  }
  return [...seen].sort();
}
