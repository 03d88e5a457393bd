// Tracks BuildKit FileOp copy placement (CopyDirContentsOnly) over src/core/context's selection and content digests.
import { digest, hashBytes, type Digest } from './hash.ts';
import { digestSelection, resolvePath, selectSources, splitWildcards, type ContextEntry, type DigestRecord, type SourceSelection } from '../context/index.ts';
import { fileRecord, linkRecord, type ContextSnapshot, type FsFile } from './context.ts';

/** What a COPY source list (or bind mount) reads from the context and where the files land. */
export interface ContextSelection {
  /** The content key: src/core/context's digest of the op input. */
  readonly digest: Digest;
  /** Absolute destination path → placed file. */
  readonly placed: ReadonlyMap<string, FsFile>;
  /** Context path → record digest of every file or link read. */
  readonly read: ReadonlyMap<string, Digest>;
  /** Sources BuildKit fails on (not found, dangling link, a wildcard under a missing directory). */
  readonly missing: readonly string[];
}

/** Options applied to placed files (COPY --chmod / --chown), the `COPY --exclude` patterns, and bind mounts. */
export interface PlaceOptions {
  readonly chmod: number | undefined;
  readonly owner: string;
  /** `COPY --exclude` patterns (relative to each source). */
  readonly exclude?: readonly string[];
  /** A RUN bind mount (no wildcards; an empty or `/` source is the whole context). */
  readonly bind?: boolean;
}

function join(dir: string, name: string): string {
  return name === '' ? dir : dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

const contentDigests = new WeakMap<ContextEntry, Digest>();

/** The simulator's digest of a file's bytes, memoised per entry object. */
function contentOf(entry: Extract<ContextEntry, { kind: 'file' }>): Digest {
  let d = contentDigests.get(entry);
  if (d === undefined) {
    d = typeof entry.content === 'string' ? digest(entry.content) : hashBytes(entry.content);
    contentDigests.set(entry, d);
  }
  return d;
}

/** Where one record of a source lands: a single file at `fileDest`, a directory's (or wildcard match's) contents under `dest`. */
function destination(sel: SourceSelection, r: DigestRecord, dest: string, fileDest: string): string | undefined {
  if (r.kind === 'dir') return undefined;
  if (!sel.selector.wildcard) return r.name === '' ? fileDest : join(dest, r.name);
  const depth = splitWildcards(sel.selector.path)[1].split('/').length;
  const parts = r.name.split('/');
  return parts.length <= depth ? join(dest, parts[parts.length - 1]!) : join(dest, parts.slice(depth).join('/'));
}

/** Checksums COPY/ADD sources (or a bind-mount source) in the context and places them under `dest`. */
export function selectFromContext(context: ContextSnapshot, sources: readonly string[], dest: string, options: PlaceOptions = { chmod: undefined, owner: '' }): ContextSelection {
  return select(context, sources, dest, options).value;
}

function select(context: ContextSnapshot, sources: readonly string[], dest: string, options: PlaceOptions): { value: ContextSelection; prefixes: string[] } {
  const mode = options.bind === true ? 'bind' : 'copy';
  const exclude = options.exclude ?? [];
  const selections = selectSources(context.snapshot, [...new Set(sources)], mode, hashBytes, exclude);
  const missing = selections.filter((s) => s.status === 'not-found' || s.status === 'error').map((s) => s.source);
  const sum = digestSelection(context.snapshot, sources, mode, hashBytes, exclude);
  const placed = new Map<string, FsFile>();
  const read = new Map<string, Digest>();
  const destIsDir = dest.endsWith('/') || sources.length > 1;
  for (const sel of selections) {
    const fileDest = destIsDir ? join(dest, baseName(sel.selector.path)) : dest;
    for (const r of sel.records) {
      const at = destination(sel, r, dest, fileDest);
      const entry = context.entries.get(r.path);
      if (at === undefined || entry === undefined || entry.kind === 'dir') continue;
      read.set(r.path, r.digest);
      if (entry.kind === 'symlink') placed.set(at, { digest: linkRecord(entry.target), text: undefined });
      else {
        const fileMode = options.chmod ?? entry.mode;
        placed.set(at, { digest: fileRecord(contentOf(entry), fileMode, options.owner), text: typeof entry.content === 'string' ? entry.content : undefined, mode: fileMode });
      }
    }
  }
  const value = { digest: sum.ok ? sum.digest : digest('failed', sum.error), placed, read, missing };
  return { value, prefixes: prefixesOf(context, selections, read) };
}

/**
 * The context paths a selection depends on: every record read, and each source's path (or wildcard prefix) as
 * written and as resolved through symlinks (so creating a missing source or a file under a linked prefix counts).
 */
function prefixesOf(context: ContextSnapshot, selections: readonly SourceSelection[], read: ReadonlyMap<string, Digest>): string[] {
  const own = selections.flatMap((s) => {
    const p = s.selector.wildcard ? splitWildcards(s.selector.path)[0] : s.selector.path;
    const r = resolvePath(context.entries, p, true);
    return [p.replace(/^\/+/, ''), r.ok ? r.path : ''];
  });
  return [...new Set([...own, ...selections.flatMap((s) => s.records.map((r) => r.path)), ...read.keys()])];
}

/** selectFromContext, reused from the previous build's snapshot when no path it depends on changed. */
export function cachedSelect(context: ContextSnapshot, sources: readonly string[], dest: string, options: PlaceOptions = { chmod: undefined, owner: '' }): ContextSelection {
  const key = JSON.stringify([sources, dest, options.chmod ?? null, options.owner, options.exclude ?? [], options.bind === true]);
  const hit = context.selections.get(key);
  if (hit) return hit.value as ContextSelection;
  const { value, prefixes } = select(context, sources, dest, options);
  context.selections.set(key, { value, prefixes });
  return value;
}
