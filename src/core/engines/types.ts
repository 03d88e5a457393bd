/** The shape of an engine profile: what one recorded BuildKit generation accepts and prints, as data plus small hooks. */

/** The recorded BuildKit generations. */
export type EngineId = 'v0.8' | 'modern';

/** The flags an instruction accepts, by lower-case keyword (BuildKit BFlags definitions). */
export type AcceptedFlags = Readonly<Record<'from' | 'run' | 'copy' | 'add' | 'healthcheck', readonly string[]>>;

/** How a named Dockerfile feature is gated: absent in this frontend, or present. */
export interface FeatureGate {
  readonly supported: boolean;
  /** The first Dockerfile frontend that has it, for messages (e.g. "1.4"). */
  readonly since: string;
}

/** BuildKit's flag-parsing messages, which changed wording between generations. */
export interface FlagMessages {
  readonly unknown: (name: string) => string;
  readonly duplicate: (name: string) => string;
  readonly missingValue: (name: string) => string;
  readonly notBoolean: (name: string, value: string) => string;
  readonly notFlag: (arg: string) => string;
}

/** A RUN --mount as the stage-registration hook sees it (before dispatch expansion). */
export interface MountRegistration {
  readonly type: string;
  readonly from: string | undefined;
}

/** One BuildKit generation: Docker engine, frontend, and every difference we model, as data. */
export interface EngineProfile {
  readonly id: EngineId;
  readonly title: string;
  readonly buildkit: string;
  readonly dockerfileFrontend: string;
  readonly acceptedFlags: AcceptedFlags;
  readonly features: {
    readonly heredocs: FeatureGate;
    readonly mountValueExpansion: FeatureGate;
    readonly chmodExpansion: FeatureGate;
    readonly runNetwork: FeatureGate;
    readonly copyLink: FeatureGate;
    readonly copyExclude: FeatureGate;
    readonly addChecksum: FeatureGate;
    readonly secretEnv: FeatureGate;
    readonly tmpfsSize: FeatureGate;
  };
  /** `COPY --from=$X`: taken literally (v0.8) or rejected (Dockerfile 1.18+). */
  readonly copyFromVariable: 'literal' | 'error';
  /** COPY --from / mount from= a stage defined later: allowed (v0.8) or an error (Dockerfile 1.7+). */
  readonly forwardStageReferences: 'allowed' | 'error';
  /** Names of the automatic platform args, in BuildKit's order. */
  readonly platformArgs: readonly string[];
  /** Build args that become the proxy environment of RUN (compared case-insensitively). */
  readonly proxyArgs: readonly string[];
  /** ARG names never added to the environment. */
  readonly nonEnvArgs: readonly string[];
  /** v0.8: a meta ARG without a value is still set (empty) for FROM expansion; modern leaves it unset. */
  readonly valuelessMetaArgsSet: boolean;
  /** Where an in-stage ARG default is expanded: by the Expand method (v0.8, key too) or in dispatchArg (modern, default only, skipped when a build arg overrides it). */
  readonly argExpansion: 'expand-method' | 'dispatch';
  /** Modern: a meta ARG default is expanded only when no --build-arg overrides it. */
  readonly metaArgDefaultSkippedWhenOverridden: boolean;
  /**
   * Whether a RUN --mount registers a dispatch state (which can keep the `stage-N` prefix of a
   * single-stage file). v0.8: only cache mounts and mounts with from=; modern: every mount.
   */
  readonly mountRegistersState: (mount: MountRegistration) => boolean;
  /** ONBUILD triggers: counted in the step total and prefixed `ONBUILD ` (Dockerfile 1.11+), or not. */
  readonly onbuild: { readonly countedInTotal: boolean; readonly namePrefix: string };
  /** Name of the internal vertex that prepares cache mount permissions. */
  readonly cacheMountPermissionsName: string;
  /** Which name a deduplicated vertex is printed under. */
  readonly sameVertexNaming: 'last-marshalled' | 'random';
  /** Whether RUN names mask `--mount=type=secret,env=NAME` variables as `****`. */
  readonly secretEnvMaskInName: boolean;
  /** Whether `ADD <url>` HTTP sources are named like the ADD step (modern) or by their URL (v0.8). */
  readonly httpSourceNamedLikeStep: boolean;
  /** Whether WORKDIR's mkdir is stamped with the SOURCE_DATE_EPOCH build arg (Dockerfile 1.16+), so the arg is in its cache key. */
  readonly workdirSourceDateEpoch: boolean;
  /** Cache-key differences of the solver: a cache mount's non-default id/sharing in the RUN key (removed in v0.13); file uid/gid in content checksums (v0.11+). */
  readonly cacheKeys: { readonly cacheMountIdInKey: boolean; readonly uidGidInContentHash: boolean };
  /** Whether the context transfer sends a directory whose contents .dockerignore all excluded (v0.8's fsutil: yes). */
  readonly transferSendsEmptiedDirs: boolean;
  /** Whether the WORKDIR path is cleaned (modern NormalizeWorkdir) or kept as written when absolute (v0.8). */
  readonly workdirCleaned: boolean;
  readonly flagMessages: FlagMessages;
  readonly unknownInstruction: (keyword: string) => string;
  readonly targetNotFound: (target: string) => string;
  /** distribution/reference's lowercase error (the vendored version decides whether it names the repository). */
  readonly referenceNotLowercase: (repository: string) => string;
}
