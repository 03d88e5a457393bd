/** Public data of the simulator: build inputs, verdicts and results. */
import type { ContextEntry } from '../context/index.ts';
import type { BuildPlan, PlannedStep } from '../cache/types.ts';
import type { Cause } from './causes.ts';

/** One build of a sequence sharing one cache. */
export interface BuildInput {
  /** The Dockerfile text. */
  readonly dockerfile: string;
  /** Where the Dockerfile sits in the context (for `<Dockerfile>.dockerignore`); default "Dockerfile". */
  readonly dockerfilePath?: string;
  /** The build context before .dockerignore (path → entry); directories not listed are implied (mode from dirModes, else 0755). */
  readonly context: ReadonlyMap<string, ContextEntry>;
  /** Modes of directories the context does not list (default 0755). */
  readonly dirModes?: ReadonlyMap<string, number>;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly noCache?: boolean;
  /** Secrets given to the build (`--secret id=…`); undefined: assume every secret is there. Values never reach keys. */
  readonly secrets?: Readonly<Record<string, string>>;
}

/** A step's verdict. */
export type Verdict = 'cached' | 'run';

/** What a RUN's commands were modelled as. */
export interface ModelNote {
  readonly model: string;
  readonly dependsOn: string;
  /** The command's words (for estimates: package counts, flags). */
  readonly argv: readonly string[];
  /** How many files the command's output was found to depend on. */
  readonly reads: number;
}

/** One printed step of a build with its verdict and cause chain. */
export interface StepVerdict {
  /** The name BuildKit prints. */
  readonly name: string;
  /** Every name of the vertex (identical ops in several stages are one vertex). */
  readonly names: readonly string[];
  readonly stage: number;
  readonly verdict: Verdict;
  readonly causes: readonly Cause[];
  readonly step: PlannedStep;
  /** For RUN steps: the command models used. */
  readonly models: readonly ModelNote[];
  /** True when the step failed, or never ran because a step it needs failed (BuildKit prints no result). */
  readonly failed: boolean;
  /** Context files the step reads and their total size in bytes (COPY/ADD, bind mounts). */
  readonly reads: { readonly files: number; readonly bytes: number };
}

/** A simulated build. */
export interface BuildResult {
  readonly index: number;
  readonly steps: readonly StepVerdict[];
  readonly errors: readonly string[];
  readonly plan: BuildPlan;
}
