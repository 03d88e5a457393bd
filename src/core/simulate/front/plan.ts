// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go Dockerfile2LLB: stages → named step vertices.
// The simulator's own front (kept in step with src/core/graph by test/simulate/front-vs-graph.test.ts): it also
// carries what the cache needs and the graph does not (image config, ARG origins, heredoc bodies, epoch).
import type { BuildPlan, PlannedStep, StageBase, StagePlan, StepSource } from '../../cache/types.ts';
import type { EngineProfile } from './engine.ts';
import { imageEnv, imageWorkdir, normalizeImageRef } from './images.ts';
import { parseLines, splitCommand, type RawInstruction } from './lines.ts';
import { applyConfig, makeStep, stepOp, vertexText, type DispatchContext, type DispatchState } from './dispatch.ts';
import { findStage, layoutStages, reachableStages, stageDependencies, type RawStage, type StageLayout } from './stages.ts';
import { instructionErrors } from './validate.ts';
import { sharedRejections } from './shared-checks.ts';
import { expandWord } from './lexer.ts';
import { readFlags } from './words.ts';

/** One build's inputs to planning. */
export interface PlanInput {
  readonly dockerfile: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly noCache?: boolean;
  readonly engine: EngineProfile;
}

const COUNTED = new Set(['run', 'copy', 'add', 'workdir']);
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** docker/distribution reference grammar (domain, lower-case path, tag, digest). */
const IMAGE_REF = new RegExp(`^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$`);

/** Everything dispatching the stages of one build shares. */
interface Planner {
  readonly input: PlanInput;
  readonly stages: readonly RawStage[];
  readonly layout: StageLayout;
  readonly escape: string;
  readonly ctx: DispatchContext;
  readonly single: boolean;
  readonly reachable: ReadonlySet<number>;
  readonly steps: PlannedStep[];
  readonly finals: Map<number, DispatchState>;
  readonly plans: StagePlan[];
}

function stageTotal(stage: RawStage, baseIsStage: boolean): number {
  const own = stage.baseName.toLowerCase() === 'scratch' || baseIsStage ? 0 : 1;
  return own + stage.instructions.filter((i) => COUNTED.has(i.keyword)).length;
}

/** The ONBUILD triggers a stage leaves for stages built FROM it (named per engine). */
function onbuildTriggers(stage: RawStage): RawInstruction[] {
  return stage.instructions.filter((i) => i.keyword === 'onbuild').map((i) => splitCommand(i.rest.trim(), i.line));
}

function stageBase(p: Planner, stage: RawStage, baseStage: number | undefined): StageBase {
  if (baseStage !== undefined) return { kind: 'stage', stage: baseStage };
  if (stage.baseName.toLowerCase() === 'scratch') return { kind: 'scratch' };
  const platform = expandWord(readFlags(stage.from.flags).get('platform') ?? '', (n) => p.layout.metaArgs.get(n), { escape: p.escape });
  const suffix = platform === '' || platform === p.layout.metaArgs.get('BUILDPLATFORM') ? '' : ` (platform ${platform})`;
  return { kind: 'image', ref: normalizeImageRef(stage.baseName) + suffix };
}

function initialState(p: Planner, stage: RawStage, base: StageBase, parent: DispatchState | undefined): DispatchState {
  if (parent) return { ...parent, env: [...parent.env], stage: stage.index };
  const image = base.kind === 'image';
  return { env: [], imageEnv: new Map(image ? imageEnv(stage.baseName) : []), cwd: image ? imageWorkdir(stage.baseName) : '/', user: '', shell: ['/bin/sh', '-c'], last: undefined, stage: stage.index };
}

/** Dispatches one stage (its base stage first): applies config instructions, creates step vertices. */
function dispatchStage(p: Planner, stage: RawStage): DispatchState {
  const done = p.finals.get(stage.index);
  if (done) return done;
  const baseStage = findStage(p.stages.slice(0, stage.index), stage.baseName, false);
  const base = stageBase(p, stage, baseStage);
  const state = initialState(p, stage, base, baseStage !== undefined ? dispatchStage(p, p.stages[baseStage]!) : undefined);
  const triggers = baseStage !== undefined ? onbuildTriggers(p.stages[baseStage]!) : [];
  const counted = p.input.engine.onbuildCounted;
  const total = stageTotal(stage, baseStage !== undefined) + (counted ? triggers.length : 0);
  const display = p.single ? '' : (stage.name ?? `stage-${stage.index}`);
  let index = base.kind === 'image' ? 1 : 0;
  const ids: number[] = [];
  for (const ins of [...triggers, ...stage.instructions]) {
    if (!COUNTED.has(ins.keyword)) {
      applyConfig(ins, state, p.ctx);
      continue;
    }
    index++;
    const text = (counted && triggers.includes(ins) ? 'ONBUILD ' : '') + vertexText(ins, state, p.ctx);
    const op = stepOp(ins, state, p.ctx);
    if (!op) continue;
    const prefix = `[${display === '' ? '' : display + ' '}${String(index).padStart(String(total).length, ' ')}/${total}] `;
    const step = makeStep(p.steps.length, prefix + text, stage.index, ins, op, state.last, p.ctx);
    p.steps.push(step);
    ids.push(step.id);
    state.last = step.id;
  }
  p.finals.set(stage.index, state);
  p.plans[stage.index] = { index: stage.index, name: stage.name, displayName: display, base, steps: ids, reachable: p.reachable.has(stage.index) };
  return state;
}

/** Resolves a `--from` name: an earlier stage, (v0.8) a later stage's base, an image, or scratch. */
function fromResolver(stages: readonly RawStage[], engine: EngineProfile, errors: string[]): (name: string, current: number) => StepSource {
  return (name, current) => {
    const s = findStage(stages, name, true);
    if (s !== undefined && s < current) return { kind: 'stage', stage: s };
    if (s !== undefined) {
      if (!engine.forwardStageRefs) errors.push(`cannot copy from stage "${name}", it needs to be defined before the current stage`);
      const later = stages[s]!;
      return later.baseName.toLowerCase() === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(later.baseName) };
    }
    return name.toLowerCase() === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(name) };
  };
}

/** Frontend errors: unknown target, bad base references, and what the shared parser rejects. */
function frontendErrors(input: PlanInput, stages: readonly RawStage[], errors: string[]): number {
  let target = stages.length - 1;
  if (input.target !== undefined && input.target !== '') {
    const found = findStage(stages, input.target, false);
    if (found === undefined) errors.push(`target stage "${input.target}" could not be found`);
    else target = found;
  }
  for (const s of stages) {
    const isStage = findStage(stages.slice(0, s.index), s.baseName, false) !== undefined;
    if (s.baseName.trim() !== '' && !isStage && !IMAGE_REF.test(s.baseName)) errors.push(`failed to parse stage name "${s.baseName}": invalid reference format`);
  }
  if (errors.length === 0) errors.push(...sharedRejections(input.dockerfile, input.engine, input.target, input.buildArgs ?? {}));
  return target;
}

/** Plans a build: which stages run, their steps, vertex names and ops. */
export function planBuild(input: PlanInput): BuildPlan {
  const buildArgs = input.buildArgs ?? {};
  const raw = parseLines(input.dockerfile, { heredocs: input.engine.heredocs });
  const layout = layoutStages(raw.instructions, buildArgs, raw.escape);
  const errors = [...layout.errors, ...raw.instructions.flatMap((i) => instructionErrors(i, input.engine))];
  const stages = layout.stages;
  if (stages.length === 0) return { stages: [], steps: [], target: 0, errors };
  const target = frontendErrors(input, stages, errors);
  const { deps, unregistered } = stageDependencies(stages, input.engine);
  const reachable = reachableStages(deps, target);
  const single = stages.length + unregistered === 1;
  const ctx: DispatchContext = { engine: input.engine, escape: raw.escape, buildArgs, metaArgs: layout.metaArgs, noCache: input.noCache ?? false, resolveFrom: fromResolver(stages, input.engine, errors) };
  const p: Planner = { input, stages, layout, escape: raw.escape, ctx, single, reachable, steps: [], finals: new Map(), plans: [] };
  for (const stage of stages) if (reachable.has(stage.index)) dispatchStage(p, stage);
  const stagePlans: StagePlan[] = stages.map(
    (s) => p.plans[s.index] ?? { index: s.index, name: s.name, displayName: single ? '' : (s.name ?? `stage-${s.index}`), base: { kind: 'scratch' }, steps: [], reachable: false },
  );
  return { stages: stagePlans, steps: p.steps, target, errors };
}
