/** The seam between the server and a BuildKit: how to build, prune and describe one engine. */
import type { RunEnd } from '../process.ts';
import type { EngineId } from '../types.ts';

/** Everything a driver needs to run one build. */
export interface DriverBuild {
  readonly contextDir: string;
  /** Path of the Dockerfile inside the context ('/'-separated). */
  readonly dockerfile: string;
  readonly target: string | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly noCache: boolean;
  /** Secret id → file holding it. */
  readonly secretFiles: Readonly<Record<string, string>>;
  /** Image tag to give the result (drivers without an image store ignore it). */
  readonly tag: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly onLine: (line: string) => void;
}

/** What /v1/health reports for an engine. */
export interface EngineInfo {
  readonly id: EngineId;
  readonly driver: string;
  readonly address: string;
  readonly reachable: boolean;
  readonly server?: string;
  readonly client?: string;
  readonly buildkit?: string;
  readonly error?: string;
}

/** How builds reach one BuildKit. Plain data plus functions; one per configured engine. */
export interface Driver {
  readonly id: EngineId;
  readonly kind: 'docker' | 'context' | 'buildx' | 'buildctl';
  /** Human-readable address (socket, builder name or BUILDKIT_HOST); never holds credentials. */
  readonly address: string;
  readonly build: (b: DriverBuild) => Promise<RunEnd>;
  /** Drops the whole build cache of this engine. */
  readonly prune: () => Promise<void>;
  /** Removes images this server tagged (no-op where there is no image store). */
  readonly removeImages: (tags: readonly string[]) => Promise<void>;
  readonly describe: () => Promise<EngineInfo>;
  /** The docker CLI to give ../shared/oracle/images/images.sh, when the engine has a local image store. */
  readonly imageCli?: string;
}
