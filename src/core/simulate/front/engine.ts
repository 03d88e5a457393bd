/** Engine differences the simulator needs, as data (adapter until src/core/engines lands). */

/** The recorded BuildKit generations. */
export type EngineId = 'v0.8' | 'modern';

/** What differs between engines for naming and cache keys (ENGINES.md, buildkit-cache.md §7). */
export interface EngineProfile {
  readonly id: EngineId;
  /** Which `RUN --mount`s without `from=` register a scratch dispatch state (single-stage naming rule). */
  readonly mountsWithoutFromAddState: 'cache-only' | 'all';
  /** Whether a cache mount's non-default `id`/`sharing` are part of the RUN key (removed in v0.13). */
  readonly cacheMountIdInKey: boolean;
  /** Whether file uid/gid are part of content checksums (v0.11+). */
  readonly uidGidInContentHash: boolean;
  /** Whether `RUN --mount` option values are variable-expanded (Dockerfile 1.3+). */
  readonly expandMountValues: boolean;
  /** Which COPY flags the frontend knows. */
  readonly copyFlags: readonly string[];
}

/** Docker 20.10.24's built-in BuildKit (v0.8 branch). */
export const V08: EngineProfile = {
  id: 'v0.8',
  mountsWithoutFromAddState: 'cache-only',
  cacheMountIdInKey: true,
  uidGidInContentHash: false,
  expandMountValues: false,
  copyFlags: ['from', 'chown', 'chmod'],
};

/** Docker 28.5.2's BuildKit v0.25.2 (dockerfile 1.19). */
export const MODERN: EngineProfile = {
  id: 'modern',
  mountsWithoutFromAddState: 'all',
  cacheMountIdInKey: false,
  uidGidInContentHash: true,
  expandMountValues: true,
  copyFlags: ['from', 'chown', 'chmod', 'link', 'exclude', 'parents', 'checksum', 'keep-git-dir', 'unpack'],
};

/** Looks a profile up by id. */
export function engineProfile(id: EngineId): EngineProfile {
  return id === 'v0.8' ? V08 : MODERN;
}
