/** Step graph types: the vertices BuildKit prints, their op inputs, dedupe groups and the stage DAG. */
import type { EngineId } from '../engines/types.ts';
import type { EnvEntry, Instruction, MountSpec } from '../instructions/types.ts';
import type { Problem, Range } from '../syntax/types.ts';

/** Where an op input comes from: the build context, scratch, or the output of another step. */
export type StateSource =
  | { readonly kind: 'context' }
  | { readonly kind: 'scratch' }
  | { readonly kind: 'step'; readonly step: string };

/** One mount of a RUN's ExecOp (after BuildKit's defaults), sorted by target like exec.go does. */
export interface ExecMount {
  readonly target: string;
  readonly type: MountSpec['type'] | 'root';
  readonly source: StateSource;
  /** SourcePath selector ("/" when none). */
  readonly selector: string;
  readonly readOnly: boolean;
  /** Cache mounts: namespaced id (`/` + id or cleaned target) and sharing. */
  readonly cacheId: string | undefined;
  readonly sharing: 'shared' | 'private' | 'locked' | undefined;
  /** Secret and ssh mounts: id, whether optional, and file uid/gid/mode when set. */
  readonly secretId: string | undefined;
  readonly optional: boolean;
  readonly uid: number | undefined;
  readonly gid: number | undefined;
  readonly mode: number | undefined;
  /** The mount as written (for secrets env=, tmpfs size=...). */
  readonly spec: MountSpec | undefined;
}

/** One copy action of a FileOp (llb.Copy with CopyInfo). */
export interface CopyAction {
  readonly src: string;
  readonly dest: string;
  readonly source: StateSource;
  readonly chown: string | undefined;
  readonly chmod: string | undefined;
  readonly followSymlinks: boolean;
  readonly copyDirContentsOnly: boolean;
  readonly attemptUnpack: boolean;
  readonly createDestPath: boolean;
  readonly allowWildcard: boolean;
  readonly allowEmptyWildcard: boolean;
  readonly includePatterns: readonly string[];
  readonly excludePatterns: readonly string[];
  /** A heredoc source (`COPY <<EOF`): the file's content, written by a Mkfile on scratch (source is scratch). */
  readonly inline?: string;
}

/** The op behind a step, with every input a cache key needs (digest inputs plus named sources). */
export type OpInputs =
  | { readonly kind: 'image'; readonly ref: string; readonly platform: string }
  | {
      readonly kind: 'exec';
      /** Final argv: shell + joined command for shell form, the JSON array for exec form. */
      readonly args: readonly string[];
      /** The command text as joined (shell form) or the JSON array joined by spaces. */
      readonly command: string;
      readonly shell: readonly string[] | undefined;
      readonly env: readonly EnvEntry[];
      readonly cwd: string;
      readonly user: string;
      readonly network: string | undefined;
      readonly security: string | undefined;
      readonly proxyEnv: Readonly<Record<string, string>> | undefined;
      readonly mounts: readonly ExecMount[];
    }
  | {
      readonly kind: 'file-copy';
      readonly isAdd: boolean;
      /** Copy onto scratch (COPY --link) instead of the previous state. */
      readonly onScratch: boolean;
      readonly actions: readonly CopyAction[];
      /** The stage or image `--from` names (undefined: build context). */
      readonly fromStage: number | undefined;
      readonly fromImage: string | undefined;
      readonly env: readonly EnvEntry[];
      readonly cwd: string;
      readonly user: string;
    }
  | {
      readonly kind: 'mkdir'; readonly path: string; readonly mode: number; readonly parents: boolean; readonly user: string;
      /** SOURCE_DATE_EPOCH stamped on the directory (engines with workdirSourceDateEpoch and the build arg set). */
      readonly epoch: string | undefined;
    }
  | { readonly kind: 'merge'; readonly inputs: readonly StateSource[] }
  | { readonly kind: 'http'; readonly url: string; readonly filename: string; readonly checksum: string | undefined }
  | { readonly kind: 'git'; readonly remote: string; readonly keepGitDir: boolean; readonly checksum: string | undefined }
  | { readonly kind: 'cache-permissions'; readonly uid: number; readonly gid: number; readonly mode: number };

/** What made a step: an instruction kind, the FROM, or an internal helper vertex. */
export type StepKind = 'from' | 'run' | 'copy' | 'add' | 'workdir' | 'link' | 'http' | 'git' | 'internal';

/** A dependency of a step on another stage or image. */
export interface StepDependency {
  readonly via: 'copy-from' | 'mount-from';
  /** The stage it points at (undefined for an image or scratch). */
  readonly stage: number | undefined;
  /** The dispatch-state index. */
  readonly state: number;
  /** The step whose output is used (undefined: scratch). */
  readonly step: string | undefined;
}

/** One vertex occurrence BuildKit creates, named as plain progress prints it. */
export interface Step {
  /** Stable id: `<state>:<n>` in dispatch order. */
  readonly id: string;
  readonly kind: StepKind;
  /** This occurrence's name, e.g. `[builder 3/6] COPY go.mod go.sum ./`. */
  readonly name: string;
  /** The name the vertex is printed under after dedupe (equal to `name` unless merged). */
  readonly printedName: string;
  /** The stage (undefined for unregistered image states and internal vertices). */
  readonly stage: number | undefined;
  /** Index in BuildKit's dispatch-state list. */
  readonly state: number;
  /** Step number `i` of `[i/n]` (undefined when unprefixed). */
  readonly index: number | undefined;
  readonly total: number;
  /** Index in Stage.commands (undefined for FROM and internal vertices). */
  readonly commandIndex: number | undefined;
  readonly instruction: Instruction | undefined;
  /** The step whose output this step builds on (root input), if any. */
  readonly parent: string | undefined;
  readonly deps: readonly StepDependency[];
  /** Every input step, in LLB input order. */
  readonly inputs: readonly string[];
  readonly op: OpInputs;
  /** Dedupe group: steps with the same vertex id are one LLB vertex. */
  readonly vertex: number;
  /** Whether the marshalled definition of the target contains it (it is solved and printed). */
  readonly printed: boolean;
  readonly onbuild: boolean;
  /** Progress group (COPY --link): plain progress prints the group's name once for all its vertices. */
  readonly progressGroup?: string;
  readonly range: Range;
}

/** One deduplicated vertex: its occurrences and the name printed. */
export interface Vertex {
  readonly id: number;
  readonly steps: readonly string[];
  readonly name: string;
  /** Every name it can be printed under (more than one: a sameVertex group). */
  readonly names: readonly string[];
  /** v0.8 picks the printed name of a merged vertex at random per build. */
  readonly nameIsRandom: boolean;
}

/** An edge of the stage DAG. */
export interface StageEdge {
  readonly from: number;
  readonly to: StageEdgeTarget;
  readonly via: 'from' | 'copy-from' | 'mount-from';
  readonly commandIndex: number | undefined;
}

/** What a stage edge points at. */
export type StageEdgeTarget =
  | { readonly kind: 'stage'; readonly stage: number }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' };

/** A stage node of the DAG. */
export interface StageNode {
  readonly index: number;
  readonly name: string | undefined;
  readonly displayName: string;
  readonly reachable: boolean;
  readonly isTarget: boolean;
}

/** The step graph: every step BuildKit creates, vertices after dedupe, and the stage DAG. */
export interface StepGraph {
  readonly engine: EngineId;
  readonly steps: readonly Step[];
  readonly vertices: readonly Vertex[];
  /** Groups of names one merged vertex can be printed under (like scenario `sameVertex`). */
  readonly sameVertex: readonly (readonly string[])[];
  readonly stages: readonly StageNode[];
  readonly edges: readonly StageEdge[];
  readonly target: number | undefined;
  /** Context paths used by reachable COPY/ADD/bind mounts (undefined entry "/" = whole context). */
  readonly contextPaths: readonly string[];
  /** The final step of the target (undefined: scratch). */
  readonly output: string | undefined;
  readonly problems: readonly Problem[];
}

/** Options for buildStepGraph. */
export interface StepGraphOptions {
  /** Defaults to the engine the stages were made for. */
  readonly engine?: EngineId;
}
