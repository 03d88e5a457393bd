/** Plain data of the build server: requests, engines, events and results. */

/** The BuildKit generations the simulator has profiles for (and the request's `engine` values). */
export type EngineId = 'v0.8' | 'modern';

/** One entry of a build context as the server received it. */
export type ContextItem =
  | { readonly kind: 'file'; readonly data: Uint8Array; readonly mode: number }
  | { readonly kind: 'symlink'; readonly target: string };

/** A validated build request (JSON body or tar body + query). */
export interface BuildRequest {
  readonly session: string;
  readonly engine: EngineId;
  /** Every path of the context (files and symlinks), relative, '/'-separated. */
  readonly context: ReadonlyMap<string, ContextItem>;
  /** Modes of directories named explicitly (others are 0755). */
  readonly dirModes: ReadonlyMap<string, number>;
  readonly dockerfile: string;
  readonly target: string | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly noCache: boolean;
  /** `RUN --mount=type=secret,id=ID` values; never logged, redacted from the streamed log. */
  readonly secrets: Readonly<Record<string, string>>;
}

/** A step verdict as BuildKit printed it. */
export type Verdict = 'cached' | 'run';

/** One line of the comparison between Layerlab's prediction and the real build. */
export interface ComparisonRow {
  readonly step: string;
  readonly predicted: Verdict | null;
  readonly real: Verdict | null;
  readonly match: boolean;
}

/** Limits enforced on every request. */
export interface Limits {
  readonly maxBodyBytes: number;
  readonly maxFiles: number;
  readonly maxPathLength: number;
  readonly buildTimeoutMs: number;
  readonly maxQueue: number;
  /** A session idle this long is dropped (cache, images, context dir). */
  readonly sessionTtlMs: number;
}

/** Default limits (docs/server-api.md lists them). */
export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 8 * 1024 * 1024,
  maxFiles: 2000,
  maxPathLength: 1024,
  buildTimeoutMs: 300_000,
  maxQueue: 8,
  sessionTtlMs: 60 * 60_000,
};

/** A client error with the HTTP status and a plain reason. */
export interface RequestError {
  readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 429;
  readonly reason: string;
}

/** Result of validating input: a value or a client error. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RequestError };
