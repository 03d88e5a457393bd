/** Plain data for the build context model: entries, change sets, ignore rules. */
import type { PatternMatcher } from './pattern-matcher.ts';

/** File bytes: a string (written as UTF-8, like the scenario recorder does) or raw bytes. */
export type FileContent = string | Uint8Array;

/**
 * One path of the build context. Paths are clean, relative, slash-separated ("cmd/server/main.go"), never "."
 * or the root. `mode` is the permission bits (0o7777 incl. setuid/setgid/sticky); mtime and uid/gid are not
 * modelled: BuildKit's content hash drops mtime and the client resets uid/gid to 0 before sending.
 */
export type ContextEntry =
  | { readonly kind: 'file'; readonly path: string; readonly content: FileContent; readonly mode: number }
  | { readonly kind: 'dir'; readonly path: string; readonly mode: number }
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string };

/** A build context: every entry by path (directories explicit, so an emptied directory stays, as on disk). */
export interface BuildContext {
  readonly entries: ReadonlyMap<string, ContextEntry>;
}

/** A mode as scenarios write it ("0755") or a number (0o755). */
export type ModeValue = string | number;

/** A scenario build's changes: `change` (null deletes, recursively), then `modes` (chmod), then `symlinks` (null removes). */
export interface ContextChange {
  readonly change?: Readonly<Record<string, FileContent | null>>;
  readonly modes?: Readonly<Record<string, ModeValue>>;
  readonly symlinks?: Readonly<Record<string, string | null>>;
}

/** One .dockerignore pattern as ignorefile.ReadAll returns it, with the 1-based line it came from. */
export interface IgnorePattern {
  readonly pattern: string;
  readonly line: number;
}

/**
 * The exclude patterns in force for a build. `file` is the context path they were read from
 * (`<Dockerfile>.dockerignore` or `.dockerignore`), undefined when there is none. `error` is set when
 * patternmatcher rejects the list (BuildKit then fails the context transfer).
 */
export interface IgnoreRules {
  readonly file: string | undefined;
  readonly patterns: readonly IgnorePattern[];
  readonly matcher: PatternMatcher | undefined;
  readonly error: string | undefined;
}

/** Default permission bits of a file the scenario recorder writes. */
export const DEFAULT_FILE_MODE = 0o644;
/** Default permission bits of a directory the recorder creates (mkdir -p under umask 022). */
export const DEFAULT_DIR_MODE = 0o755;
/** Permission bits of a symlink as lstat reports them on Linux (what BuildKit hashes). */
export const SYMLINK_MODE = 0o777;
