/** The build context value: create it from scenario data and apply scenario changes immutably (as record.mjs does on disk). */
import { clean, dir } from './go-path.ts';
import { resolvePath } from './resolve.ts';
import {
  DEFAULT_DIR_MODE,
  DEFAULT_FILE_MODE,
  type BuildContext,
  type ContextChange,
  type ContextEntry,
  type FileContent,
  type ModeValue,
} from './types.ts';

/** An empty context. */
export const EMPTY_CONTEXT: BuildContext = { entries: new Map() };

/** Creates a context from scenario `files`, `modes` and `symlinks` (files 0644, implied directories 0755). */
export function createContext(
  files: Readonly<Record<string, FileContent>>,
  modes?: Readonly<Record<string, ModeValue>>,
  symlinks?: Readonly<Record<string, string | null>>,
): BuildContext {
  return applyChange(EMPTY_CONTEXT, { change: files, ...(modes && { modes }), ...(symlinks && { symlinks }) });
}

/**
 * Applies a scenario build's changes, returning a new context: each `change` path is deleted (null, recursively,
 * parents stay) or written (parents created 0755, a symlink there replaced, mode 0644 unless this change's
 * `modes` names it); then `modes` chmods (through symlinks); then `symlinks` replace or remove paths.
 * Throws on what the recorder cannot do either (paths outside the context, writing over a directory, chmod of a
 * missing path, a bad mode).
 */
export function applyChange(ctx: BuildContext, change: ContextChange): BuildContext {
  const entries = new Map(ctx.entries);
  const modes = change.modes ?? {};
  for (const [rel, content] of Object.entries(change.change ?? {})) {
    const p = contextPath(rel);
    if (content === null) {
      removeTree(entries, p);
      continue;
    }
    ensureParents(entries, p);
    const existing = entries.get(p);
    if (existing?.kind === 'dir') throw new Error(`cannot write ${p}: it is a directory`);
    const mode = modes[rel] ?? modes[p];
    entries.set(p, { kind: 'file', path: p, content, mode: mode === undefined ? DEFAULT_FILE_MODE : parseMode(mode) });
  }
  for (const [rel, mode] of Object.entries(modes)) chmod(entries, contextPath(rel), parseMode(mode));
  for (const [rel, target] of Object.entries(change.symlinks ?? {})) {
    const p = contextPath(rel);
    removeTree(entries, p);
    if (target === null) continue;
    ensureParents(entries, p);
    entries.set(p, { kind: 'symlink', path: p, target });
  }
  return { entries: sortedMap(entries) };
}

/** Normalises a scenario path to the model's form; throws for the root or a path that leaves the context. */
export function contextPath(rel: string): string {
  const p = clean(rel.replace(/^\/+/, ''));
  if (p === '.' || p === '..' || p.startsWith('../')) throw new Error(`path is not inside the context: ${JSON.stringify(rel)}`);
  return p;
}

/** Parses "0755" (octal text) or a number into permission bits; throws when out of 0..0o7777. */
export function parseMode(mode: ModeValue): number {
  const n = typeof mode === 'number' ? mode : /^[0-7]+$/.test(mode) ? parseInt(mode, 8) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 0o7777) throw new Error(`invalid mode: ${JSON.stringify(mode)}`);
  return n;
}

/** The regular file at `path`, following symlinks inside the context (as a ReadFile would), or undefined. */
export function lookupFile(ctx: BuildContext, path: string): Extract<ContextEntry, { kind: 'file' }> | undefined {
  const r = resolvePath(ctx.entries, path, true);
  return r.ok && r.entry?.kind === 'file' ? r.entry : undefined;
}

/** Entries sorted by path (stable iteration order for everything downstream). */
export function sortedMap(entries: ReadonlyMap<string, ContextEntry>): Map<string, ContextEntry> {
  return new Map([...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function removeTree(entries: Map<string, ContextEntry>, p: string): void {
  entries.delete(p);
  for (const key of [...entries.keys()]) if (key.startsWith(p + '/')) entries.delete(key);
}

function ensureParents(entries: Map<string, ContextEntry>, p: string): void {
  const parent = dir(p);
  if (parent === '.') return;
  ensureParents(entries, parent);
  const existing = entries.get(parent);
  if (existing === undefined) entries.set(parent, { kind: 'dir', path: parent, mode: DEFAULT_DIR_MODE });
  else if (existing.kind === 'file') throw new Error(`cannot create ${p}: ${parent} is a file`);
  else if (existing.kind === 'symlink') throw new Error(`cannot create ${p}: ${parent} is a symlink (not modelled)`);
}

function chmod(entries: Map<string, ContextEntry>, p: string, mode: number): void {
  const r = resolvePath(entries, p, true);
  if (!r.ok || r.entry === undefined) throw new Error(`cannot chmod ${p}: no such file or directory`);
  const e = r.entry;
  if (e.kind === 'symlink') throw new Error(`cannot chmod ${p}: dangling symlink`);
  entries.set(e.path, { ...e, mode });
}
