// Tracks what BuildKit's content checksum sees in a stage's result (cache/contenthash over a ref):
// a chain of layers, each the files a step wrote, down to the base image.
import { digest, type Digest } from './hash.ts';
import type { FsFile } from './context.ts';

/** What a RUN does to the paths it does not name: nothing, a deterministic change, or a new result every run. */
export type RestEffect =
  | { readonly kind: 'untouched' }
  | { readonly kind: 'transform'; readonly digest: Digest }
  | { readonly kind: 'nonce'; readonly digest: Digest };

/** One step's contribution to a stage's filesystem. */
export interface FsLayer {
  /** Absolute path → file written (COPY placements, known RUN outputs). A written path covers what is below it. */
  readonly files: ReadonlyMap<string, FsFile>;
  readonly rest: RestEffect;
}

/** A stage's filesystem at one step: layers over a base image or scratch. */
export type FsState =
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' }
  | { readonly kind: 'layer'; readonly layer: FsLayer; readonly parent: FsState };

const UNTOUCHED: RestEffect = { kind: 'untouched' };

/** Puts a layer on a state (an empty untouched layer is skipped). */
export function pushLayer(parent: FsState, files: ReadonlyMap<string, FsFile>, rest: RestEffect = UNTOUCHED): FsState {
  if (files.size === 0 && rest.kind === 'untouched') return parent;
  return { kind: 'layer', layer: { files, rest }, parent };
}

function isBelow(path: string, dir: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(dir + '/');
}

/** Content digest of a path (file or directory) in a state: equal iff BuildKit's checksum would be equal. */
export function contentOf(state: FsState, path: string): Digest {
  const parts: string[] = [];
  const taken = new Set<string>();
  let s: FsState = state;
  for (;;) {
    if (s.kind === 'image') {
      parts.push('image', s.ref, path);
      break;
    }
    if (s.kind === 'scratch') break;
    const { files, rest } = s.layer;
    const exact = files.get(path);
    if (exact !== undefined && !taken.has(path)) {
      if (parts.length === 0) return exact.digest;
      parts.push('', exact.digest);
      break;
    }
    let covered = false;
    for (const [p, f] of files) {
      if (taken.has(p)) continue;
      if (isBelow(p, path)) {
        parts.push(p.slice(path.length), f.digest);
        taken.add(p);
      } else if (isBelow(path, p)) {
        parts.push('^' + p, f.digest);
        covered = true;
      }
    }
    if (covered) break;
    if (rest.kind === 'nonce') {
      parts.push('nonce', rest.digest);
      break;
    }
    if (rest.kind === 'transform') parts.push('transform', rest.digest);
    s = s.parent;
  }
  return digest('content', path, ...parts);
}

/** The file at an exact path, if a layer wrote it (undefined when it comes from the image or nowhere). */
export function fileAt(state: FsState, path: string): FsFile | undefined {
  let s: FsState = state;
  while (s.kind === 'layer') {
    const f = s.layer.files.get(path);
    if (f !== undefined) return f;
    if (s.layer.rest.kind === 'nonce') return { digest: digest('nonce-file', s.layer.rest.digest, path), text: undefined };
    s = s.parent;
  }
  return undefined;
}

type Below = { readonly files: ReadonlyMap<string, FsFile>; readonly opaque: readonly Digest[] };
const BELOW_CACHE = new WeakMap<object, Map<string, Below>>();

function computeBelow(state: FsState, dir: string): Below {
  if (state.kind !== 'layer') return { files: new Map(), opaque: [] };
  const { files, rest } = state.layer;
  const own: [string, FsFile][] = [];
  for (const [p, f] of files) if (isBelow(p, dir)) own.push([p, f]);
  if (rest.kind === 'nonce') return { files: new Map(own), opaque: [rest.digest] };
  const parent = filesBelow(state.parent, dir);
  if (own.length === 0 && rest.kind === 'untouched') return parent;
  const merged = new Map(parent.files);
  for (const [p, f] of own) merged.set(p, f);
  return { files: merged, opaque: rest.kind === 'transform' ? [rest.digest, ...parent.opaque] : parent.opaque };
}

/** Files layers wrote below a directory, newest first wins, plus digests of opaque changes that may touch it (memoised per state). */
export function filesBelow(state: FsState, dir: string): { readonly files: ReadonlyMap<string, FsFile>; readonly opaque: readonly Digest[] } {
  let perDir = BELOW_CACHE.get(state);
  if (!perDir) BELOW_CACHE.set(state, (perDir = new Map()));
  let below = perDir.get(dir);
  if (!below) perDir.set(dir, (below = computeBelow(state, dir)));
  return below;
}

/** The base image under a state (the toolchain identity for Go models), or "scratch". */
export function baseImageOf(state: FsState): string {
  let s: FsState = state;
  while (s.kind === 'layer') s = s.parent;
  return s.kind === 'image' ? s.ref : 'scratch';
}
