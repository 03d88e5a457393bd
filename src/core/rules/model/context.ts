/** The picture every rule sees: syntax tree, stages with ARGs resolved, the stage graph, the build context and go.mod. */
import type { InstructionNode, SyntaxTree, Word } from '../../syntax/types.ts';
import type { EngineId } from '../types.ts';
import { expandWord } from './expand.ts';
import { parseGoMod, type GoMod } from './go-mod.ts';
import { imageFacts, type ImageFacts, UNKNOWN_IMAGE } from './images.ts';
import { parseDockerignore, type IgnoreMatcher } from './ignore.ts';
import { argPairs, copyOf, flag, mountsOf } from './instr.ts';
import { lineIndex, type LineIndex } from './text.ts';
import { stageStates, type StageState } from './state.ts';

/** An instruction with its place in the file and its stage. */
export interface Inst {
  readonly node: InstructionNode;
  /** Index in tree.instructions. */
  readonly index: number;
  /** Stage index, -1 for meta ARGs before the first FROM. */
  readonly stage: number;
}

/** A build stage: FROM plus its instructions, base resolved with meta args. */
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
  readonly platform: string | undefined;
  readonly instructions: readonly Inst[];
  /** Facts about the base image (inherited through baseStage); undefined when unknown. */
  readonly image: ImageFacts | undefined;
  /** Stages this one reads from (base stage, COPY --from, RUN --mount from=). */
  readonly deps: readonly number[];
}

/** The build context as rules see it. */
export interface BuildContext {
  readonly files: readonly string[] | undefined;
  /** undefined: unknown; null: no .dockerignore. */
  readonly dockerignore: IgnoreMatcher | null | undefined;
  readonly dockerignoreText: string | null | undefined;
  readonly goMod: GoMod | undefined;
}

/** The rule context. */
export interface RuleContext {
  readonly tree: SyntaxTree;
  readonly lines: LineIndex;
  readonly engine: EngineId;
  readonly metaArgs: readonly Inst[];
  /** Meta args after defaults and build args, plus BuildKit's predefined platform args. */
  readonly metaEnv: ReadonlyMap<string, string>;
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly stages: readonly Stage[];
  readonly target: number;
  /** Stages the target needs (itself included). */
  readonly reachable: ReadonlySet<number>;
  readonly context: BuildContext;
  /** Env, user, shell per instruction of a stage (computed on demand). */
  readonly state: (stage: number) => StageState;
  readonly stageByName: (ref: string) => number | undefined;
}

const PLATFORM_ARGS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
};

/** Builds the rule context from a parsed tree and the check input's data. */
export function buildContext(
  tree: SyntaxTree, opts: { buildArgs?: Readonly<Record<string, string>>; target?: string; engine?: EngineId; context?: { files?: readonly string[]; dockerignore?: string | null; goMod?: string | null } },
): RuleContext {
  const buildArgs = new Map(Object.entries(opts.buildArgs ?? {}));
  const metaEnv = new Map(Object.entries(PLATFORM_ARGS));
  const metaArgs: Inst[] = [];
  const groups: { from: Inst; body: Inst[] }[] = [];
  tree.instructions.forEach((node, index) => {
    if (node.keyword === 'from') groups.push({ from: { node, index, stage: groups.length }, body: [] });
    else if (groups.length === 0) {
      metaArgs.push({ node, index, stage: -1 });
      if (node.keyword === 'arg') {
        for (const kv of argPairs(node)) {
          const value = buildArgs.get(kv.key) ?? (kv.value === undefined ? undefined : expandWord(kv.value, metaEnv, tree.escapeToken).result);
          if (value !== undefined) metaEnv.set(kv.key, value);
        }
      }
    } else groups[groups.length - 1]!.body.push({ node, index, stage: groups.length - 1 });
  });
  const stages: Stage[] = [];
  const byName = new Map<string, number>();
  const stageByName = (ref: string): number | undefined => {
    const lower = ref.toLowerCase();
    if (byName.has(lower)) return byName.get(lower);
    return /^\d+$/.test(ref) && Number(ref) < stages.length ? Number(ref) : undefined;
  };
  for (const [i, g] of groups.entries()) stages.push(makeStage(i, g.from, g.body, tree, metaEnv, stages, byName, stageByName));
  const target = opts.target !== undefined ? stageByName(opts.target) ?? stages.length - 1 : stages.length - 1;
  const reachable = new Set<number>();
  const visit = (i: number) => {
    if (reachable.has(i) || !stages[i]) return;
    reachable.add(i);
    for (const d of stages[i]!.deps) visit(d);
  };
  visit(target);
  const input = opts.context ?? {};
  const dockerignore = input.dockerignore === undefined ? undefined : input.dockerignore === null ? null : parseDockerignore(input.dockerignore);
  let lines: LineIndex | undefined;
  const base: Omit<RuleContext, 'state' | 'lines'> = {
    tree, engine: opts.engine ?? 'latest', metaArgs, metaEnv, buildArgs, stages, target, reachable,
    context: { files: input.files, dockerignore, dockerignoreText: input.dockerignore, goMod: input.goMod ? parseGoMod(input.goMod) : undefined },
    stageByName,
  };
  const cache = new Map<number, StageState>();
  let all: StageState[] | undefined;
  const state = (i: number): StageState => {
    if (!cache.has(i)) {
      all ??= stageStates(ctx);
      all.forEach((s, j) => cache.set(j, s));
    }
    return cache.get(i)!;
  };
  const ctx: RuleContext = {
    ...base,
    state,
    // The line index is only needed to report or fix, so it is built on first use.
    get lines() {
      return (lines ??= lineIndex(tree.text));
    },
  };
  return ctx;
}

function makeStage(
  index: number, from: Inst, body: Inst[], tree: SyntaxTree, metaEnv: ReadonlyMap<string, string>,
  earlier: readonly Stage[], byName: Map<string, number>, stageByName: (ref: string) => number | undefined,
): Stage {
  const args = from.node.args;
  const baseWord = args[0];
  const asWord = args.length >= 3 && args[1]!.value.toLowerCase() === 'as' ? args[1] : undefined;
  const nameWord = asWord ? args[2] : undefined;
  const base = baseWord ? expandWord(baseWord.value, metaEnv, tree.escapeToken).result : '';
  const baseStage = byName.get(base.toLowerCase());
  const platform = flag(from.node, 'platform')?.value;
  const deps = new Set<number>();
  if (baseStage !== undefined) deps.add(baseStage);
  for (const inst of body) {
    const refs = inst.node.keyword === 'copy' || inst.node.keyword === 'add' ? [copyOf(inst.node).from]
      : inst.node.keyword === 'run' ? mountsOf(inst.node).map((m) => m.options.get('from')) : [];
    for (const ref of refs) {
      const dep = ref === undefined ? undefined : stageByName(ref);
      if (dep !== undefined && dep < index) deps.add(dep);
    }
  }
  const image = baseStage !== undefined ? earlier[baseStage]!.image : base.toLowerCase() === 'scratch' ? imageFacts('scratch') : imageFacts(base);
  const name = nameWord?.value.toLowerCase();
  if (name !== undefined && !byName.has(name)) byName.set(name, index);
  return { index, name, nameWord, asWord, from, baseWord, base, baseStage, platform, instructions: body, image, deps: [...deps] };
}

/** Facts for a stage's base, falling back to a generic Linux image. */
export function factsOf(stage: Stage): ImageFacts {
  return stage.image ?? UNKNOWN_IMAGE;
}
