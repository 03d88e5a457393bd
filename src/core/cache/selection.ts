// Tracks BuildKit cache/contenthash (checksum of selected paths) and FileOp copy placement (CopyDirContentsOnly).
import { digest, type Digest } from './hash.ts';
import { matchesOrParentMatches, newPatternMatcher, readIgnoreFile, type PatternMatcher } from '../context/index.ts';
import {
  cleanContextPath,
  contentDigest,
  entryRecord,
  fileRecord,
  listBelow,
  resolveContextPath,
  type ContextSnapshot,
  type FsFile,
} from './context.ts';

/** What a COPY source list (or bind mount) reads from the context and where the files land. */
export interface ContextSelection {
  /** The content key: checksum of every selected path, path names of the selectors excluded. */
  readonly digest: Digest;
  /** Absolute destination path → placed file. */
  readonly placed: ReadonlyMap<string, FsFile>;
  /** Context path → record digest of every file or link read. */
  readonly read: ReadonlyMap<string, Digest>;
  /** Sources that matched nothing and are not wildcards (BuildKit fails the build). */
  readonly missing: readonly string[];
}

/** Options applied to placed files (COPY --chmod / --chown). */
export interface PlaceOptions {
  readonly chmod: number | undefined;
  readonly owner: string;
  /** `COPY --exclude` patterns (relative to each source). */
  readonly exclude?: readonly string[];
}

const WILDCARD = /[*?[]/;

function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      re += end < 0 ? '\\[' : '[' + pattern.slice(i + 1, end).replace(/^\^/, '^').replace(/^!/, '^') + ']';
      if (end >= 0) i = end;
    } else if (ch === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += /[.+^${}()|\\]/.test(ch) ? '\\' + ch : ch;
  }
  return new RegExp(`^${re}$`);
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

interface Collector {
  readonly placed: Map<string, FsFile>;
  readonly read: Map<string, Digest>;
  /** Checksum of one resolved path, placing it at `fileDest` (a file) or under `dirDest` (a directory's contents). */
  readonly path: (resolved: string, fileDest: string, dirDest: string) => Digest;
}

/** `COPY --exclude` patterns as a matcher (read like .dockerignore lines; invalid patterns exclude nothing). */
function excludeMatcher(patterns: readonly string[]): PatternMatcher | undefined {
  const lines = readIgnoreFile(patterns.join('\n')).map((p) => p.pattern);
  const built = lines.length === 0 ? undefined : newPatternMatcher(lines);
  return built?.ok === true ? built.matcher : undefined;
}

function collector(snapshot: ContextSnapshot, options: PlaceOptions): Collector {
  const excluded = excludeMatcher(options.exclude ?? []);
  const placed = new Map<string, FsFile>();
  const read = new Map<string, Digest>();
  const place = (ctxPath: string, destPath: string): Digest => {
    const entry = snapshot.entries.get(ctxPath);
    const record = entryRecord(snapshot, ctxPath);
    if (entry === undefined) return record;
    read.set(ctxPath, record);
    if (entry.kind === 'file') {
      const plain = options.chmod === undefined && options.owner === '';
      const placedDigest = plain ? record : fileRecord(contentDigest(snapshot, entry.content), options.chmod ?? entry.mode, options.owner);
      placed.set(destPath, { digest: placedDigest, text: entry.content, mode: options.chmod ?? entry.mode });
    } else placed.set(destPath, { digest: record, text: undefined });
    return record;
  };
  const path = (resolved: string, fileDest: string, dirDest: string): Digest => {
    if (snapshot.entries.has(resolved)) return place(resolved, fileDest);
    const parts: string[] = resolved === '' ? [] : [entryRecord(snapshot, resolved)];
    const offset = resolved === '' ? 0 : resolved.length + 1;
    for (const p of listBelow(snapshot, resolved)) {
      const rel = p.slice(offset);
      if (excluded !== undefined && matchesOrParentMatches(excluded, rel)) continue;
      parts.push(rel, place(p, join(dirDest, rel)));
    }
    return digest('tree', ...parts);
  };
  return { placed, read, path };
}

/** Checksums COPY/ADD sources (or a bind-mount source) in the context and places them under `dest`. */
export function selectFromContext(snapshot: ContextSnapshot, sources: readonly string[], dest: string, options: PlaceOptions = { chmod: undefined, owner: '' }): ContextSelection {
  const c = collector(snapshot, options);
  const sums: Digest[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const raw of sources) {
    const src = cleanContextPath(raw);
    if (seen.has(src)) continue;
    seen.add(src);
    const destIsDir = dest.endsWith('/') || sources.length > 1;
    if (WILDCARD.test(src)) {
      const re = wildcardRegex(src);
      const slash = src.search(/\/[^/]*[*?[]/);
      const parentDir = slash >= 0 ? src.slice(0, slash) : '';
      if (parentDir !== '' && !WILDCARD.test(parentDir) && resolveContextPath(snapshot, parentDir) === undefined) {
        missing.push(raw);
        sums.push(digest('missing', src));
        continue;
      }
      const candidates = slash >= 0 && !WILDCARD.test(src.slice(0, slash)) ? listBelow(snapshot, src.slice(0, slash)) : snapshot.paths;
      const matches = candidates.filter((p) => re.test(p));
      const pairs = matches.flatMap((m) => [m, c.path(resolveContextPath(snapshot, m) ?? m, join(dest, baseName(m)), dest)]);
      sums.push(matches.length === 0 ? digest('') : matches.length === 1 && baseName(matches[0]!) === baseName(src) ? pairs[1]! : digest('wildcard', ...pairs));
      continue;
    }
    const resolved = resolveContextPath(snapshot, src);
    if (resolved === undefined) {
      missing.push(raw);
      sums.push(digest('missing', src));
      continue;
    }
    const fileDest = destIsDir ? join(dest, baseName(src)) : dest;
    sums.push(c.path(resolved, fileDest, dest));
  }
  return { digest: digest('selection', ...sums), placed: c.placed, read: c.read, missing };
}

function prefixOf(snapshot: ContextSnapshot, raw: string): string[] {
  const src = cleanContextPath(raw);
  const wild = src.search(/[*?[]/);
  if (wild >= 0) return [src.slice(0, Math.max(0, src.lastIndexOf('/', wild)))];
  const resolved = resolveContextPath(snapshot, src);
  return resolved === undefined || resolved === src ? [src] : [src, resolved];
}

/** selectFromContext, reused from the previous build's snapshot when no file below its sources changed. */
export function cachedSelect(snapshot: ContextSnapshot, sources: readonly string[], dest: string, options: PlaceOptions = { chmod: undefined, owner: '' }): ContextSelection {
  const key = JSON.stringify([sources, dest, options.chmod ?? null, options.owner, options.exclude ?? []]);
  const hit = snapshot.selections.get(key);
  if (hit) return hit.value as ContextSelection;
  const value = selectFromContext(snapshot, sources, dest, options);
  const links = [...value.read.keys()].filter((p) => snapshot.entries.get(p)?.kind === 'symlink');
  snapshot.selections.set(key, { value, prefixes: [...sources.flatMap((s) => prefixOf(snapshot, s)), ...links] });
  return value;
}
