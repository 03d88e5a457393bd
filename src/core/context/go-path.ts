/** Go's `path` package (Clean, Join, Base, Dir) and byte-wise string order, as BuildKit uses them on slash paths. */

/** Go path.Clean: shortest equivalent path; "" becomes ".", a rooted path stays rooted, `..` above the root is dropped. */
export function clean(p: string): string {
  if (isClean(p)) return p;
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** True when Clean would return `p` itself: no empty, `.` or `..` element and no trailing slash (or just "/"). */
function isClean(p: string): boolean {
  const n = p.length;
  if (n === 0) return false;
  let segStart = p.charCodeAt(0) === 0x2f ? 1 : 0;
  if (segStart === n) return true;
  for (let i = segStart; i <= n; i++) {
    if (i < n && p.charCodeAt(i) !== 0x2f) continue;
    const len = i - segStart;
    if (len === 0) return false;
    if (p.charCodeAt(segStart) === 0x2e && (len === 1 || (len === 2 && p.charCodeAt(segStart + 1) === 0x2e))) return false;
    segStart = i + 1;
  }
  return true;
}

/** Go path.Join: joins the non-empty elements with `/` and cleans; "" when every element is empty. */
export function join(...elems: readonly string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : clean(parts.join('/'));
}

/** Go path.Base: the last element; "." for "", "/" for a path of slashes. */
export function base(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go path.Dir: everything but the last element, cleaned. */
export function dir(p: string): string {
  return clean(p.slice(0, p.lastIndexOf('/') + 1));
}

/** True when `p` is rooted (starts with `/`). */
export function isAbs(p: string): boolean {
  return p.startsWith('/');
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Compares two strings by their UTF-8 bytes, as Go compares strings (JS `<` compares UTF-16 units). */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 units order like UTF-8 bytes below the surrogates: compare units until one could be a surrogate.
  const m = Math.min(a.length, b.length);
  let i = 0;
  for (; i < m; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca >= 0xd800 || cb >= 0xd800) break;
    if (ca !== cb) return ca - cb;
  }
  if (i === m) return a.length - b.length;
  const x = utf8(a);
  const y = utf8(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - (y[i] as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
