/** Types of live goal evaluation: the learner's files, what the core must answer, and a goal's result. */
import type { Localized } from '../lessons/common-schema.ts';
import type { Goal } from '../lessons/goal-schema.ts';

/** The BuildKit generation the simulator imitates (same ids as src/core/engines). */
export type GoalEngine = 'v0.8' | 'modern';

/** The learner's build context: path → text, plus optional permission bits ("0755"). */
export interface LessonFiles {
  readonly files: Readonly<Record<string, string>>;
  readonly modes?: Readonly<Record<string, string>>;
}

/** Build flags of one build. */
export interface BuildFlags {
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target: string | undefined;
}

/** One build to simulate: the whole context and the flags. */
export interface SimBuild {
  readonly files: LessonFiles;
  readonly flags: BuildFlags;
}

/** One simulated step vertex: BuildKit's name, its printed stage, and its verdict. */
export interface SimStep {
  readonly name: string;
  readonly stage: string;
  readonly verdict: 'cached' | 'run';
}

/** One stage as goals see it. */
export interface StageInfo {
  /** The `AS` name (lower-cased) or `stage-N`. */
  readonly name: string;
  /** What FROM points at: an image reference, another stage (by index), or scratch. */
  readonly base: { readonly kind: 'image'; readonly ref: string } | { readonly kind: 'stage'; readonly index: number } | { readonly kind: 'scratch' };
  /** Stage indexes this stage needs (FROM <stage>, COPY --from, RUN --mount from=). */
  readonly needs: readonly number[];
  /** Whether the target needs it. */
  readonly built: boolean;
}

/** The stage graph for one set of files and flags. */
export interface StageGraph {
  readonly stages: readonly StageInfo[];
  /** Index of the target stage, undefined when the file has none (or errors). */
  readonly target: number | undefined;
}

/** What the evaluator asks of the core. A missing member makes the goals that need it `unavailable`. */
export interface GoalCore {
  /** Simulates builds in order from an empty cache, sharing it; returns every build's step vertices. */
  readonly simulate?: (builds: readonly SimBuild[], engine: GoalEngine) => readonly (readonly SimStep[])[];
  /** Rule ids the checker reports on the files. */
  readonly check?: (files: LessonFiles, engine: GoalEngine) => readonly string[];
  /** The stage graph (toStages: bases, dependencies, reachability). */
  readonly stages?: (files: LessonFiles, flags: BuildFlags, engine: GoalEngine) => StageGraph;
  /** The context paths sent to BuildKit after .dockerignore, or an error message. */
  readonly sentPaths?: (files: LessonFiles) => { readonly ok: true; readonly paths: readonly string[] } | { readonly ok: false; readonly error: string };
  /** Estimated final image size in bytes. */
  readonly imageBytes?: (files: LessonFiles, flags: BuildFlags, engine: GoalEngine) => number;
}

/** A core piece a goal needs. */
export type CorePiece = keyof GoalCore;

/** Outcome of one goal. `unavailable` means the core piece it needs has not landed (never counted as passed). */
export type GoalState = 'passed' | 'failed' | 'unavailable';

/** One goal's result. */
export interface GoalResult {
  readonly goal: Goal;
  readonly passed: boolean;
  readonly state: GoalState;
  /** Why, in both languages (which steps ran, which rule fired, what is missing). */
  readonly detail: Localized;
  /** The core piece that was missing, for `unavailable`. */
  readonly missing?: CorePiece;
}
