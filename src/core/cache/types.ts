/** Step definitions the cache keys are computed from (what dockerfile2llb puts into LLB ops). */

/** Where a copy or a mount reads from: the build context, another stage's final state, or an image. */
export type StepSource =
  | { readonly kind: 'context' }
  | { readonly kind: 'stage'; readonly stage: number }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' }
  | { readonly kind: 'inline'; readonly files: readonly { readonly name: string; readonly content: string }[] };

/** The root a stage starts from. */
export type StageBase =
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' }
  | { readonly kind: 'stage'; readonly stage: number };

/** A `RUN --mount` as dockerfile2llb turns it into an ExecOp mount. */
export type RunMount =
  | { readonly type: 'bind'; readonly target: string; readonly source: string; readonly from: StepSource; readonly readonly: boolean }
  | {
      readonly type: 'cache';
      readonly target: string;
      readonly id: string;
      readonly defaultId: boolean;
      readonly sharing: string;
      readonly readonly: boolean;
      readonly mode: string;
      readonly uid: string;
      readonly gid: string;
    }
  | { readonly type: 'secret' | 'ssh'; readonly target: string; readonly id: string; readonly required: boolean; readonly mode: string; readonly uid: string; readonly gid: string }
  | { readonly type: 'tmpfs'; readonly target: string; readonly size: string };

/** An environment entry of a RUN and where its value came from. */
export interface EnvEntry {
  readonly name: string;
  readonly value: string;
  /** ENV, or ARG (declared default, --build-arg or meta arg). */
  readonly origin: 'env' | 'arg';
}

/** RUN → ExecOp. */
export interface ExecOp {
  readonly kind: 'exec';
  /** Argv: shell + command for shell form, the JSON array for exec form. */
  readonly args: readonly string[];
  /** The command text the shell runs (shell form) or the argv joined (exec form). */
  readonly command: string;
  readonly env: readonly EnvEntry[];
  readonly cwd: string;
  readonly user: string;
  readonly mounts: readonly RunMount[];
  readonly network: string;
  readonly security: string;
}

/** COPY/ADD → FileOp copy. */
export interface CopyOp {
  readonly kind: 'copy';
  readonly add: boolean;
  /** Source paths after expansion, as written (relative to the context or the source stage root). */
  readonly sources: readonly string[];
  /** Absolute destination, ending in `/` when it names a directory. */
  readonly dest: string;
  readonly from: StepSource;
  readonly chown: string;
  readonly chmod: string;
  readonly link: boolean;
  readonly exclude: readonly string[];
  readonly parents: boolean;
}

/** WORKDIR → FileOp mkdir. */
export interface MkdirOp {
  readonly kind: 'mkdir';
  readonly path: string;
  readonly user: string;
  /** SOURCE_DATE_EPOCH when the frontend stamps it on the mkdir (dockerfile 1.16+), else "". */
  readonly epoch: string;
}

/** Any step op. */
export type StepOp = ExecOp | CopyOp | MkdirOp;

/** One printed step vertex of a build. */
export interface PlannedStep {
  readonly id: number;
  /** BuildKit's vertex name, e.g. "[builder 3/6] COPY go.mod go.sum ./". */
  readonly name: string;
  readonly stage: number;
  /** The instruction text, trimmed, as written. */
  readonly text: string;
  /** 0-based Dockerfile line. */
  readonly line: number;
  readonly op: StepOp;
  /** The previous step in the stage chain, or undefined when the step sits on the stage base. */
  readonly parent: number | undefined;
  /** True when --no-cache marks this op IgnoreCache (RUN, COPY, ADD only). */
  readonly ignoreCache: boolean;
}

/** One stage of the plan. */
export interface StagePlan {
  readonly index: number;
  /** The `AS` name, lower-cased, if any. */
  readonly name: string | undefined;
  /** The name printed in brackets ("" when BuildKit blanks it). */
  readonly displayName: string;
  readonly base: StageBase;
  readonly steps: readonly number[];
  readonly reachable: boolean;
}

/** Everything the cache needs to know about one build's Dockerfile. */
export interface BuildPlan {
  readonly stages: readonly StagePlan[];
  readonly steps: readonly PlannedStep[];
  readonly target: number;
  /** Errors BuildKit would fail the build with (unknown target, bad instruction...). */
  readonly errors: readonly string[];
}
