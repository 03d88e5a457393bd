/** The typed message protocol between the playground page and its analysis worker. */
import type { CompletionItem, CodeAction, DocLang, Hover, LspDiagnostic, LspPosition, LspRange } from '../core/language/types.ts';
import type { Cause as CauseData } from '../core/simulate/causes.ts';

/** Which BuildKit generation the simulator imitates. */
export type EngineName = 'modern' | 'v0.8';

/** Build settings a learner can change, like `docker build` flags. */
export interface BuildSettings {
  readonly buildArgs: Readonly<Record<string, string>>;
  /** `--target`; empty means the last stage. */
  readonly target: string;
  readonly noCache: boolean;
  readonly engine: EngineName;
}

/** Default settings: modern engine, no args, last stage, cache on. */
export const defaultSettings: BuildSettings = { buildArgs: {}, target: '', noCache: false, engine: 'modern' };

/** A build the cache remembers: the files and settings it was made from. */
export interface BuildInput {
  readonly files: Readonly<Record<string, string>>;
  readonly settings: BuildSettings;
}

/** What BuildKit would do with a step. */
export type Verdict = 'cached' | 'run' | 'skipped';

/** One link of a cause chain: why a step runs (or stays cached), pointing at a file or a line. */
export interface Cause {
  readonly text: string;
  /** A context file the cause is about (e.g. the changed main.go). */
  readonly file?: string;
  /** A range in the Dockerfile (or in `file` when given). */
  readonly range?: LspRange;
  /** The simulator's cause as data, so the page can word it in its own language (`text` is the English). */
  readonly data?: CauseData;
  /** For a root cause: the step it belongs to (`text` then reads "root cause, at `step`: …"). */
  readonly root?: string;
}

/** One step vertex, as BuildKit names it, with its verdict. */
export interface StepView {
  /** BuildKit's vertex name, e.g. `[builder 3/6] COPY go.mod go.sum ./`. */
  readonly name: string;
  readonly stage: string;
  readonly verdict: Verdict;
  readonly causes: readonly Cause[];
  /** The instruction's range in the Dockerfile. */
  readonly range: LspRange;
  /** Estimated seconds when it runs. */
  readonly seconds: number;
}

/** One stage in the stage DAG, placed on a lane by the scheduler. */
export interface StageView {
  readonly name: string;
  readonly index: number;
  readonly base: string;
  /** Indexes of stages this one needs (FROM another stage, COPY --from, mount from=). */
  readonly deps: readonly number[];
  readonly lane: number;
  /** Estimated start and end (seconds from the build's start) for the current verdicts. */
  readonly start: number;
  readonly end: number;
  readonly critical: boolean;
  /** False when the target does not need this stage. */
  readonly used: boolean;
}

/** Estimated build times and image size. */
export interface Estimate {
  readonly coldSeconds: number;
  readonly warmSeconds: number;
  readonly imageBytes: number;
}

/** Which core pieces answered (the rest of the result is empty for missing ones). */
export interface CoreStatus {
  readonly parser: boolean;
  readonly graph: boolean;
  readonly simulate: boolean;
  readonly schedule: boolean;
  readonly rules: boolean;
}

/** Everything the page shows for one version of the files. */
export interface AnalysisResult {
  readonly dockerfile: string;
  readonly diagnostics: readonly LspDiagnostic[];
  readonly stages: readonly StageView[];
  readonly steps: readonly StepView[];
  readonly estimate: Estimate;
  /** BuildKit `--progress=plain` style log of the simulated build. */
  readonly log: string;
  readonly core: CoreStatus;
  /** Milliseconds the worker spent. */
  readonly millis: number;
}

/** Request and result types, one entry per method. */
export interface Methods {
  analyze: {
    readonly params: { readonly current: BuildInput; readonly history: readonly BuildInput[]; readonly dockerfile: string };
    readonly result: AnalysisResult;
  };
  hover: { readonly params: { readonly text: string; readonly position: LspPosition; readonly lang?: DocLang }; readonly result: Hover | null };
  complete: {
    readonly params: { readonly text: string; readonly position: LspPosition; readonly buildArgs: readonly string[]; readonly lang?: DocLang };
    readonly result: readonly CompletionItem[];
  };
  codeActions: {
    readonly params: { readonly uri: string; readonly diagnostics: readonly LspDiagnostic[]; readonly range: LspRange };
    readonly result: readonly CodeAction[];
  };
}

/** A method name. */
export type Method = keyof Methods;

/** A request from the page. */
export type WorkerRequest = { [M in Method]: { readonly kind: 'request'; readonly id: number; readonly method: M; readonly params: Methods[M]['params'] } }[Method];

/** A reply from the worker. */
export type WorkerReply =
  | { readonly kind: 'result'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
