/** Context path rules: relative, no `..`, no empty or `.` segments, bounded length, no NUL. */
import type { RequestError } from './types.ts';

/** Checks one context path; returns a reason when it is refused. */
export function pathProblem(path: string, maxLength: number): string | undefined {
  if (path.length === 0) return 'empty path';
  if (path.length > maxLength) return `path longer than ${maxLength} characters: ${path.slice(0, 60)}…`;
  if (path.includes('\0')) return 'path contains a NUL byte';
  if (path.startsWith('/')) return `absolute path refused: ${path}`;
  const segments = path.split('/');
  for (const s of segments) {
    if (s === '..') return `path traversal refused: ${path}`;
    if (s === '' || s === '.') return `path has an empty or "." segment: ${path}`;
    if (Buffer.byteLength(s) > 255) return `path segment longer than 255 bytes: ${path.slice(0, 60)}…`;
  }
  return undefined;
}

/** Parent directories of a path, outermost first ("a/b/c" → ["a", "a/b"]). */
export function parentsOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out;
}

/** Refuses a context where an entry is also another entry's parent directory (a file or link used as a folder). */
export function layoutProblem(paths: Iterable<string>): RequestError | undefined {
  const set = new Set(paths);
  for (const p of set) {
    for (const parent of parentsOf(p)) {
      if (set.has(parent)) return { status: 400, reason: `"${parent}" is a file or symlink but "${p}" needs it to be a directory` };
    }
  }
  return undefined;
}

/** Parses an octal mode string ("0755", "644"); undefined when it is not one. */
export function parseMode(text: string): number | undefined {
  if (!/^0?[0-7]{3,4}$/.test(text)) return undefined;
  const mode = parseInt(text, 8);
  return mode <= 0o7777 ? mode : undefined;
}
