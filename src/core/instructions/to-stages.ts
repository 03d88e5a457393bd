// Tracks BuildKit frontend/dockerfile/instructions/parse.go (Parse) and the stage/arg setup of dockerfile2llb/convert.go
/** Syntax tree → stages of typed, expanded instructions, meta args, references, target and reachability. */
import { getEngine } from '../engines/index.ts';
import type { EngineProfile } from '../engines/types.ts';
import { processWordText } from '../shell/index.ts';
import type { InstructionNode, Problem, SyntaxTree } from '../syntax/types.ts';
import { dispatchCommands, imageContext } from './dispatch.ts';
import type { DispatchInputs } from './dispatch.ts';
import { envGetter } from './env-list.ts';
import { platformArgs, resolveMetaArgs } from './meta-args.ts';
import { parseInstruction } from './parse-instruction.ts';
import { triggerCommands, stageTriggers } from './onbuild.ts';
import { normalizeReference } from './reference.ts';
import { resolveStageRefs } from './stage-refs.ts';
import type { StageDraft, StageRefs } from './stage-refs.ts';
import type { ArgInstruction, StageDependency, DispatchContext, EnvEntry, FromInstruction, ImageConfig, Instruction, Stage, StagesResult, ToStagesOptions } from './types.ts';

type Command = Exclude<Instruction, FromInstruction>;
interface Collected { readonly metaArgs: ArgInstruction[]; readonly stages: Array<{ from: FromInstruction; commands: Command[] }> }

const error = (code: string, message: string, range: InstructionNode['range']): Problem => ({ severity: 'error', code, message, range });

function collect(tree: SyntaxTree, engine: EngineProfile, problems: Problem[]): Collected {
  const out: Collected = { metaArgs: [], stages: [] };
  for (const node of tree.instructions) {
    const parsed = parseInstruction(node, engine);
    if (parsed.error !== undefined) problems.push(error(parsed.code ?? 'instruction-error', parsed.error, parsed.errorRange ?? node.range));
    const instr = parsed.instruction;
    if (instr.kind === 'from') out.stages.push({ from: instr, commands: [] });
    else if (out.stages.length === 0 && instr.kind === 'arg') out.metaArgs.push(instr);
    else if (out.stages.length === 0) problems.push(error('no-stage', 'no build stage in current context', node.range));
    else out.stages[out.stages.length - 1]?.commands.push(instr);
  }
  return out;
}

function expandFromWord(word: string, global: readonly EnvEntry[], tree: SyntaxTree): { value: string; error?: string } {
  const result = processWordText(word, envGetter(global), { escapeToken: tree.escapeToken });
  return typeof result === 'string' ? { value: result } : { value: word, error: result.error };
}

function drafts(collected: Collected, global: readonly EnvEntry[], tree: SyntaxTree, problems: Problem[]): Array<StageDraft & { platform: string | undefined }> {
  return collected.stages.map(({ from, commands }) => {
    const base = expandFromWord(from.baseName, global, tree);
    if (base.error !== undefined) problems.push(error('expansion-error', base.error, from.range));
    else if (base.value === '') problems.push(error('blank-base-name', `base name (${from.baseName}) should not be blank`, from.range));
    let platform: string | undefined;
    if (from.platform !== undefined) {
      const p = expandFromWord(from.platform, global, tree);
      if (p.error !== undefined) problems.push(error('expansion-error', `failed to process arguments for platform ${from.platform}: ${p.error}`, from.range));
      platform = p.value;
    }
    return { from, name: from.stageName, baseName: base.value, commands, platform };
  });
}

function startContext(draft: StageDraft, refs: StageRefs, index: number, finals: DispatchContext[], options: ToStagesOptions): { ctx: DispatchContext; config: ImageConfig; known: boolean } {
  const base = refs.bases[index];
  if (base?.kind === 'stage') {
    const parent = finals[base.index];
    if (parent !== undefined) return { ctx: parent, config: {}, known: true };
  }
  if (base?.kind !== 'image') return { ctx: imageContext({}), config: {}, known: true };
  const ref = normalizeReference(draft.baseName);
  const config = ref.ok ? options.imageConfig?.(ref.ref) : undefined;
  return { ctx: imageContext(config ?? {}), config: config ?? {}, known: config !== undefined };
}

/** toStages: typed instructions per stage with expansion done, BuildKit's stage references, target and pruning. */
export function toStages(tree: SyntaxTree, options: ToStagesOptions = {}): StagesResult {
  const engine = getEngine(options.engine);
  const buildArgs = options.buildArgs ?? {};
  const problems: Problem[] = [];
  const collected = collect(tree, engine, problems);
  if (collected.stages.length === 0 && tree.instructions.length > 0) {
    problems.push(error('no-stages', 'dockerfile contains no stages to build', tree.instructions[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }));
  }
  const lastName = collected.stages[collected.stages.length - 1]?.from.stageName ?? '';
  const platform = platformArgs(engine, options.target ?? lastName, buildArgs);
  const meta = resolveMetaArgs(collected.metaArgs, platform, buildArgs, engine);
  problems.push(...meta.problems);
  const stageDrafts = drafts(collected, meta.global, tree, problems);
  const refs = resolveStageRefs(stageDrafts, engine, options.target);
  problems.push(...refs.problems);
  const inputs: DispatchInputs = { engine, escapeToken: tree.escapeToken, buildArgs, metaOptional: meta.optional, globalArgs: meta.global };
  const finals: DispatchContext[] = [];
  const stages: Stage[] = stageDrafts.map((draft, index) => {
    const start = startContext(draft, refs, index, finals, options);
    const base = refs.bases[index];
    const triggerTexts = base?.kind === 'stage' ? stageTriggers(stageDrafts[base.index]?.commands ?? []) : (start.config.onBuild ?? []);
    const triggerProblems: Problem[] = [];
    const triggers = triggerCommands(triggerTexts, engine, draft.from.range, triggerProblems);
    const run = dispatchCommands(triggers.length === 0 ? draft.commands : [...triggers, ...draft.commands], start.ctx, inputs, triggers.length);
    if (refs.reachable[index] === true) problems.push(...triggerProblems);
    if (refs.reachable[index] === true) problems.push(...run.problems, ...forwardProblems(refs, index, draft, engine));
    finals[index] = run.final;
    return {
      index, name: draft.name, displayName: refs.displayNames[index] ?? '', baseNameRaw: draft.from.baseName, baseName: draft.baseName,
      platform: draft.platform, base: refs.bases[index] ?? { kind: 'scratch' }, from: draft.from, commands: run.commands,
      dependencies: shiftedDependencies(refs.dependencies[index] ?? [], triggers.length), reachable: refs.reachable[index] === true, imageConfig: start.config,
      imageConfigKnown: start.known, final: run.final, range: draft.from.range,
    };
  });
  return { engine: engine.id, stages, metaArgs: meta.metaArgs, globalArgs: meta.global, states: refs.states, target: refs.target, buildArgs, escapeToken: tree.escapeToken, problems };
}

/** A stage's dependencies with command indexes moved past the ONBUILD triggers run before its own commands (the same list when there are none). */
function shiftedDependencies(deps: readonly StageDependency[], by: number): readonly StageDependency[] {
  return by === 0 ? deps : deps.map((d) => ({ via: d.via, commandIndex: d.commandIndex + by, mountIndex: d.mountIndex, state: d.state, forward: d.forward }));
}

/** Modern frontends reject COPY --from / mount from= a stage that is dispatched later. */
function forwardProblems(refs: StageRefs, index: number, draft: StageDraft, engine: EngineProfile): Problem[] {
  if (engine.forwardStageReferences === 'allowed') return [];
  return (refs.dependencies[index] ?? []).filter((d) => d.forward).map((d) => {
    const cmd = draft.commands[d.commandIndex];
    const name = refs.displayNames[index] === '' ? `stage-${index}` : (refs.displayNames[index] ?? '');
    const ref = cmd?.kind === 'copy' ? (cmd.from ?? '') : cmd?.kind === 'run' ? (cmd.mounts[d.mountIndex ?? 0]?.from ?? '') : '';
    const message = d.via === 'copy-from'
      ? `cannot copy from stage "${ref}", it needs to be defined before current stage "${name}"`
      : `cannot mount from stage "${ref}" to "${cmd?.kind === 'run' ? (cmd.mounts[d.mountIndex ?? 0]?.target ?? '') : ''}", stage needs to be defined before current command`;
    return error('forward-stage-reference', message, cmd?.range ?? draft.from.range);
  });
}
