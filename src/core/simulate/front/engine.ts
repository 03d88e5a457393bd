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
  /** Flags the frontend accepts per instruction (others fail the build: "unknown flag"). */
  readonly flags: Readonly<Record<'copy' | 'add' | 'run' | 'from', readonly string[]>>;
  /** Whether ONBUILD triggers of a base stage are counted in n and printed with an `ONBUILD ` prefix (1.11+). */
  readonly onbuildCounted: boolean;
  /** Whether `COPY --from` may name a stage defined later (v0.8: yes, it copies from that stage's base). */
  readonly forwardStageRefs: boolean;
  /** Whether a SOURCE_DATE_EPOCH build arg is part of WORKDIR keys (dockerfile 1.16+). */
  readonly epochInWorkdir: boolean;
  /** Whether `--chmod` accepts symbolic modes (u+x); v0.8 ignores a mode it cannot parse as octal. */
  readonly symbolicChmod: boolean;
  /** Whether heredocs (`RUN <<EOF`) are parsed (dockerfile 1.4+). */
  readonly heredocs: boolean;
  /** Keys a `RUN --mount` value may use. */
  readonly mountKeys: readonly string[];
  /** Whether the context transfer keeps a directory whose contents are all excluded (v0.8 fsutil: yes). */
  readonly sendsExcludedParentDirs: boolean;
}

const MOUNT_KEYS = ['type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'id', 'sharing', 'required', 'mode', 'uid', 'gid'];

/** Docker 20.10.24's built-in BuildKit (v0.8 branch). */
export const V08: EngineProfile = {
  id: 'v0.8',
  mountsWithoutFromAddState: 'cache-only',
  cacheMountIdInKey: true,
  uidGidInContentHash: false,
  expandMountValues: false,
  flags: { copy: ['from', 'chown', 'chmod'], add: ['chown', 'chmod'], run: ['mount'], from: ['platform'] },
  onbuildCounted: false,
  forwardStageRefs: true,
  epochInWorkdir: false,
  symbolicChmod: false,
  heredocs: false,
  mountKeys: MOUNT_KEYS,
  sendsExcludedParentDirs: true,
};

/** Docker 28.5.2's BuildKit v0.25.2 (dockerfile 1.19). */
export const MODERN: EngineProfile = {
  id: 'modern',
  mountsWithoutFromAddState: 'all',
  cacheMountIdInKey: false,
  uidGidInContentHash: true,
  expandMountValues: true,
  flags: {
    copy: ['from', 'chown', 'chmod', 'link', 'exclude'],
    add: ['chown', 'chmod', 'link', 'exclude', 'checksum', 'keep-git-dir', 'unpack'],
    run: ['mount', 'network', 'security'],
    from: ['platform'],
  },
  onbuildCounted: true,
  forwardStageRefs: false,
  epochInWorkdir: true,
  symbolicChmod: true,
  heredocs: true,
  mountKeys: [...MOUNT_KEYS, 'env', 'size'],
  sendsExcludedParentDirs: false,
};

/** Looks a profile up by id. */
export function engineProfile(id: EngineId): EngineProfile {
  return id === 'v0.8' ? V08 : MODERN;
}
