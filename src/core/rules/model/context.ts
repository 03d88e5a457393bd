/** The picture every rule sees, built once per check from the shared pipeline (parseDockerfile → toStages → buildStepGraph) plus rule-only facts. */
import type { EngineId as CoreEngineId } from '../../engines/types.ts';
import { buildStepGraph, type StepGraph } from '../../graph/index.ts';
import { knownImageConfig, toStages, type DispatchContext, type ImageConfig, type StageCommand, type StagesResult } from '../../instructions/index.ts';
import type { InstructionNode, SyntaxTree, Word } from '../../syntax/types.ts';
import type { EngineId } from '../types.ts';
import { parseGoMod, type GoMod } from './go-mod.ts';
import { imageFacts, type ImageFacts, UNKNOWN_IMAGE } from './images.ts';
import { parseDockerignore, type IgnoreMatcher } from './ignore.ts';
import { lineIndex, type LineIndex } from './text.ts';
import { stageStates, type StageState } from './state.ts';
import { memoizeByText } from '../../text-memo.ts';
import { lowerCase } from '../../lower-case.ts';

/** An instruction with its place in the file and its stage. */
export interface Inst {
  readonly node: InstructionNode;
  /** Index in tree.instructions. */
  readonly index: number;
  /** Stage index, -1 for meta ARGs before the first FROM. */
  readonly stage: number;
  /** The typed, expanded instruction and its dispatch state (toStages); undefined for FROM and meta args. */
  readonly command?: StageCommand;
}

/** A build stage as rules see it: toStages' stage plus the words rules point at and the base-image facts. */
export interface Stage {
  readonly index: number;
  /** Name lower-cased as BuildKit stores it; undefined for unnamed stages. */
  readonly name: string | undefined;
  readonly nameWord: Word | undefined;
  readonly asWord: Word | undefined;
  readonly from: Inst;
  readonly baseWord: Word | undefined;
  /** The base after meta-arg expansion (build args win over defaults). */
  readonly base: string;
  /** Earlier stage this one is built on, if FROM names one. */
  readonly baseStage: number | undefined;
  /** `--platform` as written. */
  readonly platform: string | undefined;
  readonly instructions: readonly Inst[];
  /** Facts about the base image (inherited through baseStage); undefined when unknown. */
  readonly image: ImageFacts | undefined;
  /** Earlier stages this one reads from (base stage, COPY --from, RUN --mount from=). */
  readonly deps: readonly number[];
  /**
   * The table's ENV for a base toStages could not look up although the table knows its name (e.g. `golang:$TAG`
   * with TAG unset: BuildKit rejects the reference, rules still assume a golang image); laid under the dispatch env.
   */
  readonly guessedImageEnv: Readonly<Record<string, string>> | undefined;
  /** Dispatch state after the last instruction (toStages). */
  readonly final: DispatchContext;
}

/** The build context as rules see it. */
export interface BuildContext {
  readonly files: readonly string[] | undefined;
  /** undefined: unknown; null: no .dockerignore. */
  readonly dockerignore: IgnoreMatcher | null | undefined;
  readonly dockerignoreText: string | null | undefined;
  readonly goMod: GoMod | undefined;
}

/** The rule context. Everything past the tree is computed on first use, so rules that only read the tree cost no more. */
export interface RuleContext {
  readonly tree: SyntaxTree;
  readonly lines: LineIndex;
  readonly engine: EngineId;
  /** The shared pipeline's stages (toStages) and step graph (buildStepGraph), built once per check. */
  readonly pipeline: { readonly stages: StagesResult; readonly graph: StepGraph };
  readonly metaArgs: readonly Inst[];
  /** Meta args after defaults and build args, plus BuildKit's predefined platform args (toStages globalArgs). */
  readonly metaEnv: ReadonlyMap<string, string>;
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly stages: readonly Stage[];
  readonly target: number;
  /** Stages the target needs (itself included). */
  readonly reachable: ReadonlySet<number>;
  readonly context: BuildContext;
  /** Env, user, shell per instruction of a stage. */
  readonly state: (stage: number) => StageState;
  readonly stageByName: (ref: string) => number | undefined;
}

/** Options of buildContext (the check input's data). */
export interface ContextOptions {
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly engine?: EngineId;
  readonly context?: { files?: readonly string[]; dockerignore?: string | null; goMod?: string | null };
}

/**
 * The base image config toStages starts a stage from, as BuildKit would read it from the registry: the shared
 * table's (instructions knownImageConfig) when it knows the image, else the rules' wider table (distroless, alpine…).
 */
export const tableImageConfig: (ref: string) => ImageConfig | undefined = memoizeByText((ref) => {
  // Read-only answers that depend on the reference alone: worked out once each.
  const shared = knownImageConfig(ref);
  const facts = shared ? undefined : imageFacts(ref);
  return shared ?? (facts ? { env: Object.entries(facts.env).map(([k, v]) => `${k}=${v}`), user: facts.user } : undefined);
}, 1024);

/** The core engine profile behind a checker engine ('latest' runs on the modern profile). */
export function coreEngine(engine: EngineId): CoreEngineId {
  return engine === 'v0.8' ? 'v0.8' : 'modern';
}

/** Runs toStages for the check; an unknown target falls back to the last stage, as the checker always did. */
function runToStages(tree: SyntaxTree, opts: ContextOptions): StagesResult {
  const base = { engine: coreEngine(opts.engine ?? 'latest'), buildArgs: opts.buildArgs ?? {}, imageConfig: tableImageConfig };
  const result = toStages(tree, opts.target !== undefined ? { ...base, target: opts.target } : base);
  return result.target === undefined && opts.target !== undefined && result.stages.length > 0 ? toStages(tree, base) : result;
}

/** Builds the rule context from a parsed tree and the check input's data. */
export function buildContext(tree: SyntaxTree, opts: ContextOptions): RuleContext {
  return new LazyContext(tree, opts);
}

type StageModel = ReturnType<typeof stagesOf>;

/** The shared pipeline past the parser, each part built on first read. */
class Pipeline {
  readonly #tree: SyntaxTree;
  readonly #opts: ContextOptions;
  #stages: StagesResult | undefined;
  #graph: StepGraph | undefined;

  constructor(tree: SyntaxTree, opts: ContextOptions) {
    this.#tree = tree;
    this.#opts = opts;
  }

  /** toStages' result. */
  get stages(): StagesResult { return (this.#stages ??= runToStages(this.#tree, this.#opts)); }
  /** buildStepGraph's result. */
  get graph(): StepGraph { return (this.#graph ??= buildStepGraph(this.stages)); }
}

/**
 * The rule context with every part past the tree computed on first read. A class only for its prototype getters:
 * V8 makes object literals with accessor closures far costlier to allocate and collect (a check took twice as long).
 */
class LazyContext implements RuleContext {
  readonly tree: SyntaxTree;
  readonly engine: EngineId;
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly #opts: ContextOptions;
  #pipeline: Pipeline | undefined;
  #model: StageModel | undefined;
  #states: StageState[] | undefined;
  #metaArgs: Inst[] | undefined;
  #metaEnv: Map<string, string> | undefined;
  #context: BuildContext | undefined;
  #lines: LineIndex | undefined;

  constructor(tree: SyntaxTree, opts: ContextOptions) {
    this.tree = tree;
    this.engine = opts.engine ?? 'latest';
    this.buildArgs = new Map(Object.entries(opts.buildArgs ?? {}));
    this.#opts = opts;
  }

  get pipeline(): RuleContext['pipeline'] {
    return (this.#pipeline ??= new Pipeline(this.tree, this.#opts));
  }

  get #stagesResult(): StagesResult {
    return this.pipeline.stages;
  }

  get #stageModel(): StageModel {
    return (this.#model ??= stagesOf(this.tree, this.#stagesResult));
  }

  get lines(): LineIndex { return (this.#lines ??= lineIndex(this.tree.text)); }
  get stages(): readonly Stage[] { return this.#stageModel.stages; }
  get target(): number { return this.#stageModel.target; }
  get reachable(): ReadonlySet<number> { return this.#stageModel.reachable; }

  get metaArgs(): readonly Inst[] {
    if (this.#metaArgs) return this.#metaArgs;
    const out: Inst[] = [];
    const nodes = this.tree.instructions;
    for (let i = 0; i < nodes.length && nodes[i]!.keyword !== 'from'; i++) out.push({ node: nodes[i]!, index: i, stage: -1 });
    return (this.#metaArgs = out);
  }

  get metaEnv(): ReadonlyMap<string, string> {
    if (this.#metaEnv) return this.#metaEnv;
    const env = new Map<string, string>();
    for (const e of this.#stagesResult.globalArgs) env.set(e.key, e.value);
    return (this.#metaEnv = env);
  }

  get context(): BuildContext {
    if (this.#context) return this.#context;
    const input = this.#opts.context ?? {};
    const dockerignore = input.dockerignore === undefined ? undefined : input.dockerignore === null ? null : parseDockerignore(input.dockerignore);
    return (this.#context = { files: input.files, dockerignore, dockerignoreText: input.dockerignore, goMod: input.goMod ? parseGoMod(input.goMod) : undefined });
  }

  state(stage: number): StageState {
    return (this.#states ??= stageStates(this.stages))[stage]!;
  }

  stageByName(ref: string): number | undefined {
    const { byName, stages } = this.#stageModel;
    const lower = ref.toLowerCase();
    if (byName.has(lower)) return byName.get(lower);
    return /^\d+$/.test(ref) && Number(ref) < stages.length ? Number(ref) : undefined;
  }
}

/** Maps toStages' stages onto the rule view: syntax words for ranges, earlier-stage deps, image facts. */
function stagesOf(tree: SyntaxTree, result: StagesResult): { stages: Stage[]; byName: Map<string, number>; target: number; reachable: Set<number> } {
  // Stages and their commands come in file order, so one cursor over the tree finds every node's index.
  const nodes = tree.instructions;
  let cursor = 0;
  const indexOf = (node: InstructionNode): number => {
    for (let i = cursor; i < nodes.length; i++) {
      if (nodes[i] === node) {
        cursor = i + 1;
        return i;
      }
    }
    return nodes.indexOf(node);
  };
  const byName = new Map<string, number>();
  const stages: Stage[] = [];
  for (const st of result.stages) {
    const args = st.from.node.args;
    const asWord = args.length >= 3 && lowerCase(args[1]!.value) === 'as' ? args[1] : undefined;
    const baseStage = st.base.kind === 'stage' ? st.base.index : undefined;
    // Earlier stages this one reads, each once, in the order first met (a stage has few).
    const deps: number[] = baseStage === undefined ? [] : [baseStage];
    for (const d of st.dependencies) {
      const entry = result.states[d.state];
      if (entry?.kind === 'stage' && entry.stage < st.index && !deps.includes(entry.stage)) deps.push(entry.stage);
    }
    const fromIndex = indexOf(st.from.node);
    const instructions: Inst[] = [];
    for (const command of st.commands) if (!command.onbuild) instructions.push({ node: command.instruction.node, index: indexOf(command.instruction.node), stage: st.index, command });
    const image = baseStage !== undefined ? stages[baseStage]!.image : imageFacts(st.baseName.length === 7 && lowerCase(st.baseName) === 'scratch' ? 'scratch' : st.baseName);
    const guessedImageEnv = baseStage !== undefined ? stages[baseStage]!.guessedImageEnv : !st.imageConfigKnown && image ? image.env : undefined;
    if (st.name !== undefined && !byName.has(st.name)) byName.set(st.name, st.index);
    stages.push({
      index: st.index, name: st.name, nameWord: asWord ? args[2] : undefined, asWord, from: { node: st.from.node, index: fromIndex, stage: st.index },
      baseWord: args[0], base: st.baseName, baseStage, platform: st.from.platform, instructions, image, deps, guessedImageEnv, final: st.final,
    });
  }
  const target = result.target ?? stages.length - 1;
  const reachable = new Set<number>();
  for (const s of result.stages) if (s.reachable) reachable.add(s.index);
  return { stages, byName, target, reachable };
}

/** Facts for a stage's base, falling back to a generic Linux image. */
export function factsOf(stage: Stage): ImageFacts {
  return stage.image ?? UNKNOWN_IMAGE;
}
