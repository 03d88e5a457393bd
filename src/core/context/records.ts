// Tracks BuildKit cache/contenthash/filehash.go + checksum.go: what one file, link or directory contributes to a digest.
import { base, compareBytes } from './go-path.ts';
import { concatBytes, type HashFn } from './hash.ts';
import { SYMLINK_MODE, type ContextEntry } from './types.ts';

/**
 * The per-path digest BuildKit keeps (a tarsum-style header without name, mtime, uid/gid — the client resets
 * them to 0 —, plus file bytes): a file's permission bits and bytes, a symlink's target as written, a
 * directory header's permission bits. The context root's header is a constant.
 */
export function recordDigest(entry: ContextEntry, hash: HashFn): string {
  let perHash = memo.get(hash);
  if (perHash === undefined) {
    perHash = new WeakMap();
    memo.set(hash, perHash);
  }
  const hit = perHash.get(entry);
  if (hit !== undefined) return hit;
  let d: string;
  switch (entry.kind) {
    case 'file':
      d = hash(concatBytes([`file\0${entry.mode.toString(8)}\0`, contentDigest(entry, hash)]));
      break;
    case 'symlink':
      d = hash(concatBytes([`symlink\0${SYMLINK_MODE.toString(8)}\0${entry.target}`]));
      break;
    case 'dir':
      d = hash(concatBytes([`dir\0${entry.mode.toString(8)}`]));
      break;
    default: {
      const never: never = entry;
      return never;
    }
  }
  perHash.set(entry, d);
  return d;
}

const memo = new WeakMap<HashFn, WeakMap<ContextEntry, string>>();
const contentMemo = new WeakMap<HashFn, WeakMap<ContextEntry, string>>();

/** Digest of a file's bytes alone (so a difference can be told apart from a mode change). */
export function contentDigest(entry: Extract<ContextEntry, { kind: 'file' }>, hash: HashFn): string {
  let perHash = contentMemo.get(hash);
  if (perHash === undefined) {
    perHash = new WeakMap();
    contentMemo.set(hash, perHash);
  }
  const hit = perHash.get(entry);
  if (hit !== undefined) return hit;
  const d = hash(concatBytes([entry.content]));
  perHash.set(entry, d);
  return d;
}

/** digest.FromBytes(nil): the root header of a local context, and the digest of an empty wildcard match. */
export function emptyDigest(hash: HashFn): string {
  return hash(new Uint8Array(0));
}

/** One key of BuildKit's checksum tree: a directory's content record, a directory header, a file or a link. */
export interface TreeKey {
  readonly key: string; // the path with "/" replaced by "\0", directory headers end in "\0"
  readonly path: string; // context path, "" = root
  readonly header: boolean;
  readonly entry: ContextEntry | undefined; // undefined for the root
}

const keyCache = new WeakMap<ReadonlyMap<string, ContextEntry>, readonly TreeKey[]>();

/** All keys of the checksum tree of a snapshot, in BuildKit's (byte-wise) order. */
export function treeKeys(entries: ReadonlyMap<string, ContextEntry>): readonly TreeKey[] {
  const hit = keyCache.get(entries);
  if (hit !== undefined) return hit;
  const keys: TreeKey[] = [
    { key: '', path: '', header: false, entry: undefined },
    { key: '\0', path: '', header: true, entry: undefined },
  ];
  for (const [path, entry] of entries) {
    const key = '\0' + path.replaceAll('/', '\0');
    keys.push({ key, path, header: false, entry });
    if (entry.kind === 'dir') keys.push({ key: key + '\0', path, header: true, entry });
  }
  keys.sort((a, b) => compareBytes(a.key, b.key));
  keyCache.set(entries, keys);
  return keys;
}

/** A record that went into a digest, for explaining differences. */
export interface DigestRecord {
  /** Context path of the record ("" = the context root). */
  readonly path: string;
  /** Name the record is keyed by inside its selector (relative path below the selected directory or wildcard prefix). */
  readonly name: string;
  readonly kind: 'file' | 'dir' | 'symlink';
  /** Permission bits hashed (a directory's may be stale, see Snapshot). */
  readonly mode: number;
  /** Symlink target as written. */
  readonly target?: string;
  /** Digest of a file's bytes alone. */
  readonly content?: string;
  readonly digest: string;
}

/** The DigestRecord of an entry (or of the root header when entry is undefined). */
export function toRecord(entry: ContextEntry | undefined, name: string, hash: HashFn): DigestRecord {
  if (entry === undefined) return { path: '', name, kind: 'dir', mode: 0o755, digest: emptyDigest(hash) };
  const digest = recordDigest(entry, hash);
  if (entry.kind === 'symlink') return { path: entry.path, name, kind: 'symlink', mode: SYMLINK_MODE, target: entry.target, digest };
  if (entry.kind === 'file') return { path: entry.path, name, kind: 'file', mode: entry.mode, content: contentDigest(entry, hash), digest };
  return { path: entry.path, name, kind: entry.kind, mode: entry.mode, digest };
}

const childCache = new WeakMap<ReadonlyMap<string, ContextEntry>, ReadonlyMap<string, readonly string[]>>();

/** Lets `to`, a map with exactly the paths and kinds of `from`, reuse the child index computed for `from`. */
export function shareChildIndex(from: ReadonlyMap<string, ContextEntry>, to: ReadonlyMap<string, ContextEntry>): void {
  const hit = childCache.get(from);
  if (hit !== undefined) childCache.set(to, hit);
}

/** Children names per directory ("" = root), sorted byte-wise (Go's ReadDir order, BuildKit's key order). */
export function childIndex(entries: ReadonlyMap<string, ContextEntry>): ReadonlyMap<string, readonly string[]> {
  const hit = childCache.get(entries);
  if (hit !== undefined) return hit;
  const index = new Map<string, string[]>();
  for (const p of entries.keys()) {
    const slash = p.lastIndexOf('/');
    const parent = slash === -1 ? '' : p.slice(0, slash);
    const list = index.get(parent) ?? [];
    list.push(base(p));
    index.set(parent, list);
  }
  for (const list of index.values()) list.sort(compareBytes);
  childCache.set(entries, index);
  return index;
}
