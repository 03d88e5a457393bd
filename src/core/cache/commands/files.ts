// A precise model of the shell file utilities whose result BuildKit's content checksum can compare with
// other sources: echo/printf/cat redirections, chmod, chown (uid/gid hashed only on v0.11+), touch, cp.
import { contentOf, fileAt, type FsState } from '../fs-state.ts';
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
  return { text: f.text, digest: f.digest, mode: 0o644, owner: '' };
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
    case 'true':
    case ':':
      return c.redirects.length === 0;
    case 'touch':
      for (const p of operands.map(resolve)) if (!current(s, p)) write(s, p, '', '');
      return c.redirects.length === 0;
    case 'chmod': {
      const mode = /^[0-7]{3,4}$/.test(operands[0] ?? '') ? parseInt(operands[0]!, 8) : undefined;
      if (mode === undefined) return false;
      for (const p of operands.slice(1).map(resolve)) {
        const f = current(s, p);
        if (!f) return false;
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
    case 'cp': {
      if (operands.length !== 2) return false;
      const f = current(s, resolve(operands[0]!));
      if (!f) return false;
      write(s, resolve(operands[1]!), f.text, f.digest, f.mode, '');
      return c.redirects.length === 0;
    }
    default:
      return false;
  }
}

/** The files a scratch holds, as placed files. */
export function scratchFiles(s: Scratch): Map<string, FsFile> {
  return new Map([...s.files].map(([p, f]) => [p, { digest: f.digest, text: f.text }]));
}
