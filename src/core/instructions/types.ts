/** Typed instructions, stages and meta args (mirrors BuildKit frontend/dockerfile/instructions). */
import type { EngineId } from '../engines/types.ts';
import type { InstructionNode, Problem, Range } from '../syntax/types.ts';

/** A `--name[=value]` flag as written, split. */
export interface ParsedFlag {
  readonly name: string;
  /** Undefined when written without `=`. */
  readonly value: string | undefined;
  readonly range: Range;
}

/** A key/value pair of ENV or LABEL, after expansion. */
export interface KeyValue {
  readonly key: string;
  readonly value: string;
}

/** One ARG declaration: `NAME` or `NAME=default` (default after expansion in stages). */
export interface ArgDeclaration {
  readonly key: string;
  readonly value: string | undefined;
}

/** The mount types RUN --mount accepts. */
export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

/** A RUN --mount spec (BuildKit instructions.Mount), values expanded when the engine expands them. */
export interface MountSpec {
  readonly type: MountType;
  readonly from: string | undefined;
  readonly source: string | undefined;
  readonly target: string | undefined;
  readonly readOnly: boolean;
  readonly id: string | undefined;
  readonly sharing: 'shared' | 'private' | 'locked' | undefined;
  readonly required: boolean;
  readonly mode: number | undefined;
  readonly uid: number | undefined;
  readonly gid: number | undefined;
  /** For secrets: the environment variable to expose the secret as (Dockerfile 1.10+). */
  readonly env: string | undefined;
  /** For tmpfs: size limit as written. */
  readonly size: string | undefined;
  /** The flag value as written. */
  readonly raw: string;
}

/** A heredoc attached to RUN/COPY/ADD (BuildKit ShellInlineFile / SourceContent). */
export interface InlineFile {
  readonly name: string;
  readonly data: string;
  readonly chomp: boolean;
  readonly expand: boolean;
}

interface Common {
  /** The syntax node this instruction came from. */
  readonly node: InstructionNode;
  /** The trimmed joined line (BuildKit's `c.String()`), used for vertex names. */
  readonly code: string;
  readonly flags: readonly ParsedFlag[];
  readonly range: Range;
}

/** RUN: a shell-form or exec-form command with mounts and options. */
export interface RunInstruction extends Common {
  readonly kind: 'run';
  /** CmdLine: one joined string for shell form, the JSON array for exec form. */
  readonly cmdLine: readonly string[];
  readonly prependShell: boolean;
  readonly files: readonly InlineFile[];
  readonly mounts: readonly MountSpec[];
  readonly network: string | undefined;
  readonly security: string | undefined;
  readonly devices: readonly string[];
}

interface CopyCommon extends Common {
  /** Source paths (expanded). */
  readonly sources: readonly string[];
  /** Heredoc sources. */
  readonly contents: readonly InlineFile[];
  /** Destination (expanded). */
  readonly dest: string;
  readonly chown: string | undefined;
  readonly chmod: string | undefined;
  readonly link: boolean;
  readonly excludes: readonly string[];
}

/** COPY: files from the context, another stage, or an image. */
export interface CopyInstruction extends CopyCommon {
  readonly kind: 'copy';
  /** `--from` as written (never expanded). */
  readonly from: string | undefined;
  readonly parents: boolean;
}

/** ADD: like COPY, plus URLs, git and archives. */
export interface AddInstruction extends CopyCommon {
  readonly kind: 'add';
  readonly checksum: string | undefined;
  readonly keepGitDir: boolean | undefined;
  readonly unpack: boolean | undefined;
}

/** FROM is a stage, but it is also listed as an instruction so editors can see it. */
export interface FromInstruction extends Common {
  readonly kind: 'from';
  readonly baseName: string;
  readonly stageName: string | undefined;
  readonly platform: string | undefined;
}

/** WORKDIR path (expanded). */
export interface WorkdirInstruction extends Common { readonly kind: 'workdir'; readonly path: string }
/** ENV pairs (expanded). */
export interface EnvInstruction extends Common { readonly kind: 'env'; readonly pairs: readonly KeyValue[] }
/** ARG declarations (keys and defaults expanded). */
export interface ArgInstruction extends Common { readonly kind: 'arg'; readonly args: readonly ArgDeclaration[] }
/** USER (expanded). */
export interface UserInstruction extends Common { readonly kind: 'user'; readonly user: string }
/** SHELL (JSON form only). */
export interface ShellInstruction extends Common { readonly kind: 'shell'; readonly shell: readonly string[] }
/** LABEL pairs (expanded). */
export interface LabelInstruction extends Common { readonly kind: 'label'; readonly labels: readonly KeyValue[] }
/** EXPOSE ports (expanded, sorted as BuildKit sorts them). */
export interface ExposeInstruction extends Common { readonly kind: 'expose'; readonly ports: readonly string[] }
/** CMD. */
export interface CmdInstruction extends Common {
  readonly kind: 'cmd';
  readonly cmdLine: readonly string[];
  readonly prependShell: boolean;
}
/** ENTRYPOINT. */
export interface EntrypointInstruction extends Common {
  readonly kind: 'entrypoint';
  readonly cmdLine: readonly string[];
  readonly prependShell: boolean;
}
/** HEALTHCHECK: `NONE` or a test command with options. */
export interface HealthcheckInstruction extends Common {
  readonly kind: 'healthcheck';
  /** BuildKit's Test: ["NONE"], ["CMD", ...] or ["CMD-SHELL", cmd]. */
  readonly test: readonly string[];
  readonly options: Readonly<Record<string, string>>;
}
/** VOLUME paths (expanded). */
export interface VolumeInstruction extends Common { readonly kind: 'volume'; readonly volumes: readonly string[] }
/** STOPSIGNAL (expanded). */
export interface StopsignalInstruction extends Common { readonly kind: 'stopsignal'; readonly signal: string }
/** MAINTAINER (deprecated). */
export interface MaintainerInstruction extends Common { readonly kind: 'maintainer'; readonly maintainer: string }
/** ONBUILD: the trigger expression, run in stages built on this one. */
export interface OnbuildInstruction extends Common { readonly kind: 'onbuild'; readonly expression: string }
/** An instruction BuildKit does not know (the build is rejected). */
export interface UnknownInstruction extends Common { readonly kind: 'unknown'; readonly keyword: string }

/** Every typed instruction, discriminated on `kind`. */
export type Instruction =
  | FromInstruction
  | RunInstruction
  | CopyInstruction
  | AddInstruction
  | WorkdirInstruction
  | EnvInstruction
  | ArgInstruction
  | UserInstruction
  | ShellInstruction
  | LabelInstruction
  | ExposeInstruction
  | CmdInstruction
  | EntrypointInstruction
  | HealthcheckInstruction
  | VolumeInstruction
  | StopsignalInstruction
  | MaintainerInstruction
  | OnbuildInstruction
  | UnknownInstruction;

/** One `NAME=value` of an LLB state environment, in order. */
export interface EnvEntry {
  readonly key: string;
  readonly value: string;
  /** What set it in a stage's state: the base image config, an ENV, or an ARG (undefined outside stage states). */
  readonly origin?: EnvOrigin;
}

/** Where a stage environment entry came from (the cache tells a changed build arg from a changed ENV). */
export type EnvOrigin = 'image' | 'env' | 'arg';

/** What a base image contributes (its config), when the caller knows it. */
export interface ImageConfig {
  readonly env?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  readonly shell?: readonly string[];
  readonly onBuild?: readonly string[];
  /** Number of layers; 0 makes BuildKit treat the image as scratch (no FROM vertex). */
  readonly layers?: number;
}

/** The dispatch state just before an instruction runs (the LLB state BuildKit carries). */
export interface DispatchContext {
  /** The state environment: image env (+PATH default), then every ENV and valued ARG, last-defined-last. */
  readonly env: readonly EnvEntry[];
  /** Working directory as BuildKit tracks it ("/" when never set). */
  readonly workdir: string;
  /** Current USER ("" when unset). */
  readonly user: string;
  /** The shell shell-form commands run with. */
  readonly shell: readonly string[];
  /** ARG names declared so far in this stage (or inherited through FROM <stage>). */
  readonly declaredArgs: readonly string[];
}

/** A typed instruction placed in its stage, with the dispatch state before it. */
export interface StageCommand {
  readonly instruction: Exclude<Instruction, FromInstruction>;
  readonly context: DispatchContext;
  /** Dispatch state after it (equal to context for most instructions). */
  readonly after: DispatchContext;
  /** True when it came from an ONBUILD trigger of the base. */
  readonly onbuild: boolean;
}

/** What a stage reference (FROM, COPY --from, mount from=) points at. */
export type StageRef =
  | { readonly kind: 'stage'; readonly index: number }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' };

/** A dependency of a stage on another state, created by one instruction. */
export interface StageDependency {
  readonly via: 'copy-from' | 'mount-from';
  /** Index of the command in `Stage.commands`. */
  readonly commandIndex: number;
  /** For mounts: index among the RUN's mounts. */
  readonly mountIndex: number | undefined;
  /** The dispatch-state index this points at (see StagesResult.states). */
  readonly state: number;
  /** Whether the target was defined after the stage using it (v0.8 reads its base state). */
  readonly forward: boolean;
}

/** A build stage: FROM plus its commands (BuildKit instructions.Stage + dispatchState). */
export interface Stage {
  /** 0-based FROM index. */
  readonly index: number;
  /** Lower-cased `AS` name, or undefined. */
  readonly name: string | undefined;
  /** The printed stage name: the name, or `stage-N`; "" when the single-state rule drops it. */
  readonly displayName: string;
  /** Base name as written. */
  readonly baseNameRaw: string;
  /** Base name after meta-arg expansion. */
  readonly baseName: string;
  /** `--platform` after meta-arg expansion. */
  readonly platform: string | undefined;
  /** What FROM points at. */
  readonly base: StageRef;
  readonly from: FromInstruction;
  readonly commands: readonly StageCommand[];
  readonly dependencies: readonly StageDependency[];
  /** Whether the target needs this stage. */
  readonly reachable: boolean;
  /** Base image config used (empty when unknown). */
  readonly imageConfig: ImageConfig;
  readonly imageConfigKnown: boolean;
  /** Dispatch state after the last command. */
  readonly final: DispatchContext;
  readonly range: Range;
}

/** A dispatch state that is not a Dockerfile stage (an image or scratch used by COPY --from / mounts). */
export interface UnregisteredState {
  readonly kind: 'unregistered';
  readonly baseName: string;
  readonly ref: StageRef;
}

/** An entry of BuildKit's dispatch-state list: a stage, or an unregistered image/scratch state. */
export type DispatchStateEntry = { readonly kind: 'stage'; readonly stage: number } | UnregisteredState;

/** A meta ARG (declared before the first FROM) and the value it resolved to. */
export interface MetaArg {
  readonly key: string;
  readonly value: string | undefined;
  readonly range: Range;
}

/** Options for toStages. */
export interface ToStagesOptions {
  readonly engine?: EngineId;
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Base image configs, when known (IO comes in as an argument). */
  readonly imageConfig?: (ref: string) => ImageConfig | undefined;
}

/** The result of toStages: stages, meta args, the dispatch-state list, the target, and problems. */
export interface StagesResult {
  readonly engine: EngineId;
  readonly stages: readonly Stage[];
  readonly metaArgs: readonly MetaArg[];
  /** Global args in force for FROM lines (platform args + meta args, build args applied). */
  readonly globalArgs: readonly EnvEntry[];
  /** BuildKit's allDispatchStates.states order: stages, then unregistered states as discovered. */
  readonly states: readonly DispatchStateEntry[];
  /** Index of the target stage, or undefined when there is none. */
  readonly target: number | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** The escape token of the Dockerfile (names are expanded with it). */
  readonly escapeToken: '\\' | '`';
  /** Errors reject the build (BuildKit's meaning); warnings do not. */
  readonly problems: readonly Problem[];
}
