// A precise model of the shell file utilities whose result BuildKit's content checksum can compare with
// other sources: echo/printf/cat redirections, chmod, chown (uid/gid hashed only on v0.11+), touch, cp.
import { contentOf, fileAt, filesBelow, type FsState } from '../fs-state.ts';
import { fileRecord, type FsFile } from '../context.ts';
import { digest } from '../hash.ts';
import type { SimpleCommand } from './shell.ts';

/** A file as a RUN leaves it: bytes (when known), mode and owner. */
export interface WrittenFile {
  readonly text: string | undefined;
  readonly digest: string;
  readonly mode: number;
  readonly owner: string;
}

/** Files written so far in one RUN, over the filesystem it started from. */
export interface Scratch {
  readonly fs: FsState;
  readonly files: Map<string, WrittenFile>;
  readonly ownerHashed: boolean;
  /** Directories made in this RUN (mkdir). */
  readonly dirs?: Set<string>;
}

const IMAGE_DIRS = new Set(['/', '/usr/local/bin', '/usr/bin', '/bin', '/go/bin', '/usr/local/sbin', '/usr/sbin', '/sbin', '/tmp', '/root', '/etc', '/srv', '/opt', '/app', '/out']);

/** Applies a chmod mode (octal, or symbolic like u+x,go-w) to a mode. */
export function applyChmod(spec: string, mode: number): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let out = mode;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] === '' || m[1]!.includes('a') ? 'ugo' : m[1]!;
    let bits = 0;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      for (const p of m[3]!) bits |= (p === 'r' ? 4 : p === 'w' ? 2 : 1) << shift;
    }
    out = m[2] === '+' ? out | bits : m[2] === '-' ? out & ~bits : (out & ~who.split('').reduce((a, w) => a | (7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0)), 0)) | bits;
  }
  return out;
}

function isDir(s: Scratch, path: string): boolean {
  if (IMAGE_DIRS.has(path) || s.dirs?.has(path)) return true;
  const prefix = path.endsWith('/') ? path : path + '/';
  for (const p of s.files.keys()) if (p.startsWith(prefix)) return true;
  return filesBelow(s.fs, path).files.size > 0;
}

function copyInto(s: Scratch, operands: readonly string[], resolve: (p: string) => string): boolean {
  if (operands.length < 2) return false;
  const rawDest = operands[operands.length - 1]!;
  const dest = resolve(rawDest);
  const intoDir = operands.length > 2 || rawDest.endsWith('/') || isDir(s, dest);
  for (const raw of operands.slice(0, -1)) {
    const src = resolve(raw);
    const base = src.split('/').pop() ?? '';
    const f = current(s, src);
    if (f) {
      write(s, intoDir ? `${dest}/${base}` : dest, f.text, f.digest, f.mode, '');
      continue;
    }
    const below = [...filesBelow(s.fs, src).files, ...[...s.files].filter(([p]) => p.startsWith(src + '/'))];
    if (below.length === 0) return false;
    const target = intoDir ? `${dest}/${base}` : dest;
    for (const [p, file] of below) write(s, target + p.slice(src.length), file.text, file.digest, 0o644, '');
  }
  return true;
}

const NAMED_IDS: Readonly<Record<string, string>> = { root: '0', nobody: '65534', nogroup: '65533', bin: '1', daemon: '2' };

/** Normalises a `user[:group]` spec to numeric `uid:gid`, "" for root:root. */
export function normalizeOwner(spec: string): string {
  if (spec === '') return '';
  const [u = '', g] = spec.split(':');
  const uid = NAMED_IDS[u] ?? u;
  const gid = g === undefined ? uid : (NAMED_IDS[g] ?? g);
  return uid === '0' && gid === '0' ? '' : `${uid}:${gid}`;
}

function record(text: string | undefined, base: string, mode: number, owner: string): string {
  return text !== undefined ? fileRecord(digest(text), mode, owner) : digest('file-of', base, mode.toString(8), owner);
}

function current(s: Scratch, path: string): WrittenFile | undefined {
  const w = s.files.get(path);
  if (w) return w;
  const f = fileAt(s.fs, path);
  if (!f) return undefined;
  return { text: f.text, digest: f.digest, mode: f.mode ?? 0o644, owner: '' };
}

function write(s: Scratch, path: string, text: string | undefined, base: string, mode = 0o644, owner = ''): void {
  s.files.set(path, { text, digest: record(text, base, mode, owner), mode, owner });
}

function printfText(args: readonly string[]): string {
  let i = 1;
  const fmt = (args[0] ?? '').replace(/%[sdq]/g, () => args[i++] ?? '').replace(/%%/g, '%');
  return fmt.replace(/\\(n|t|\\|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : '\\'));
}

/** The text a command prints, when it can be known exactly; undefined when not modelled precisely. */
function output(c: SimpleCommand, s: Scratch, resolve: (p: string) => string): { text: string | undefined; base: string } | undefined {
  const [cmd, ...args] = c.argv;
  if (cmd === 'echo') {
    const noNewline = args[0] === '-n';
    const words = args[0] === '-n' || args[0] === '-e' ? args.slice(1) : args;
    return { text: words.join(' ') + (noNewline ? '' : '\n'), base: '' };
  }
  if (cmd === 'printf') return { text: printfText(args), base: '' };
  if (cmd === 'cat' && args.length > 0 && args.every((a) => !a.startsWith('-'))) {
    const files = args.map((a) => current(s, resolve(a)));
    if (files.every((f) => f?.text !== undefined)) return { text: files.map((f) => f!.text).join(''), base: '' };
    return { text: undefined, base: digest('cat', ...args.map((a) => contentOf(s.fs, resolve(a))), ...files.map((f) => f?.digest ?? '')) };
  }
  return undefined;
}

/** Applies one command precisely; returns false when it is not one this model knows exactly. */
export function applyFileCommand(c: SimpleCommand, s: Scratch, resolve: (p: string) => string): boolean {
  const [cmd, ...args] = c.argv;
  const out = output(c, s, resolve);
  if (out) {
    for (const r of c.redirects) {
      const path = resolve(r.target);
      const prev = r.append ? current(s, path) : undefined;
      const text = r.append ? (prev?.text !== undefined && out.text !== undefined ? prev.text + out.text : undefined) : out.text;
      write(s, path, text, digest(prev?.digest ?? '', out.base, out.text ?? ''));
    }
    return true;
  }
  const operands = args.filter((a) => !a.startsWith('-'));
  switch (cmd) {
    case 'mkdir':
      for (const p of operands.map(resolve)) s.dirs?.add(p);
      return c.redirects.length === 0;
    case 'true':
    case ':':
      return c.redirects.length === 0;
    case 'touch':
      for (const p of operands.map(resolve)) if (!current(s, p)) write(s, p, '', '');
      return c.redirects.length === 0;
    case 'chmod': {
      const spec = args.filter((a) => !/^-[Rfv]+$/.test(a));
      for (const p of spec.slice(1).map(resolve)) {
        const f = current(s, p);
        const mode = f ? applyChmod(spec[0] ?? '', f.mode) : undefined;
        if (!f || mode === undefined) return false;
        write(s, p, f.text, f.digest, mode, f.owner);
      }
      return c.redirects.length === 0;
    }
    case 'chown': {
      const owner = s.ownerHashed ? normalizeOwner(operands[0] ?? '') : '';
      for (const p of operands.slice(1).map(resolve)) {
        const f = current(s, p);
        if (!f) return false;
        write(s, p, f.text, f.digest, f.mode, owner);
      }
      return c.redirects.length === 0;
    }
    case 'cp':
      return copyInto(s, operands, resolve) && c.redirects.length === 0;
    default:
      return false;
  }
}

/** The files a scratch holds, as placed files. */
export function scratchFiles(s: Scratch): Map<string, FsFile> {
  return new Map([...s.files].map(([p, f]) => [p, { digest: f.digest, text: f.text, mode: f.mode }]));
}
