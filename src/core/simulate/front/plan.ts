// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go Dockerfile2LLB: stages → named step vertices.
// Adapter until src/core/graph (buildStepGraph) lands; produces the cache module's BuildPlan.
import type { BuildPlan, PlannedStep, StageBase, StagePlan, StepSource } from '../../cache/types.ts';
import type { EngineProfile } from './engine.ts';
import { imageEnv, imageWorkdir, normalizeImageRef } from './images.ts';
import { parseLines } from './lines.ts';
import { applyConfig, makeStep, stepOp, vertexText, type DispatchContext, type DispatchState } from './dispatch.ts';
import { findStage, layoutStages, reachableStages, stageDependencies, type RawStage } from './stages.ts';
import { instructionErrors } from './validate.ts';
import { sharedRejections } from './shared-checks.ts';
import { expandWord } from './lexer.ts';
import { readFlags } from './words.ts';
import { splitCommand, type RawInstruction } from './lines.ts';

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

function stageTotal(stage: RawStage, baseIsStage: boolean): number {
  const own = stage.baseName.toLowerCase() === 'scratch' || baseIsStage ? 0 : 1;
  return own + stage.instructions.filter((i) => COUNTED.has(i.keyword)).length;
}

/** The ONBUILD triggers a stage leaves for stages built FROM it (named per engine). */
function onbuildTriggers(stage: RawStage): RawInstruction[] {
  return stage.instructions.filter((i) => i.keyword === 'onbuild').map((i) => splitCommand(i.rest.trim(), i.line));
}

/** Plans a build: which stages run, their steps, vertex names and ops. */
export function planBuild(input: PlanInput): BuildPlan {
  const buildArgs = input.buildArgs ?? {};
  const raw = parseLines(input.dockerfile, { heredocs: input.engine.heredocs });
  const layout = layoutStages(raw.instructions, buildArgs, raw.escape);
  const errors = [...layout.errors, ...raw.instructions.flatMap((i) => instructionErrors(i, input.engine))];
  const stages = layout.stages;
  if (stages.length === 0) return { stages: [], steps: [], target: 0, errors };
  let target = stages.length - 1;
  if (input.target !== undefined && input.target !== '') {
    const found = findStage(stages, input.target, false);
    if (found === undefined) errors.push(`target stage "${input.target}" could not be found`);
    else target = found;
  }
  for (const s of stages) {
    if (s.baseName.trim() !== '' && findStage(stages.slice(0, s.index), s.baseName, false) === undefined && !IMAGE_REF.test(s.baseName)) errors.push(`failed to parse stage name "${s.baseName}": invalid reference format`);
  }
  if (errors.length === 0) errors.push(...sharedRejections(input.dockerfile, input.engine, input.target, buildArgs));
  const { deps, unregistered } = stageDependencies(stages, input.engine);
  const reachable = reachableStages(deps, target);
  const single = stages.length + unregistered === 1;
  const resolveFrom = (name: string, current: number): StepSource => {
    const s = findStage(stages, name, true);
    if (s !== undefined && s < current) return { kind: 'stage', stage: s };
    if (s !== undefined) {
      if (!input.engine.forwardStageRefs) errors.push(`cannot copy from stage "${name}", it needs to be defined before the current stage`);
      const later = stages[s]!;
      return later.baseName.toLowerCase() === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(later.baseName) };
    }
    return name.toLowerCase() === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(name) };
  };
  const ctx: DispatchContext = { engine: input.engine, escape: raw.escape, buildArgs, metaArgs: layout.metaArgs, noCache: input.noCache ?? false, resolveFrom };
  const steps: PlannedStep[] = [];
  const finals = new Map<number, DispatchState>();
  const plans: StagePlan[] = [];
  const dispatch = (stage: RawStage): DispatchState => {
    const done = finals.get(stage.index);
    if (done) return done;
    const baseStage = findStage(stages.slice(0, stage.index), stage.baseName, false);
    const platform = expandWord(readFlags(stage.from.flags).get('platform') ?? '', (n) => layout.metaArgs.get(n), { escape: raw.escape });
    const platformSuffix = platform === '' || platform === layout.metaArgs.get('BUILDPLATFORM') ? '' : ` (platform ${platform})`;
    const base: StageBase = baseStage !== undefined ? { kind: 'stage', stage: baseStage } : stage.baseName.toLowerCase() === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(stage.baseName) + platformSuffix };
    const parentState = baseStage !== undefined ? dispatch(stages[baseStage]!) : undefined;
    const state: DispatchState = parentState
      ? { ...parentState, env: [...parentState.env], stage: stage.index }
      : { env: [], imageEnv: new Map(base.kind === 'image' ? imageEnv(stage.baseName) : []), cwd: base.kind === 'image' ? imageWorkdir(stage.baseName) : '/', user: '', shell: ['/bin/sh', '-c'], last: undefined, stage: stage.index };

    const triggers = baseStage !== undefined ? onbuildTriggers(stages[baseStage]!) : [];
    const total = stageTotal(stage, baseStage !== undefined) + (input.engine.onbuildCounted ? triggers.length : 0);
    const width = String(total).length;
    const display = single ? '' : stage.name ?? `stage-${stage.index}`;
    let index = base.kind === 'image' ? 1 : 0;
    const ids: number[] = [];
    for (const ins of [...triggers, ...stage.instructions]) {
      if (!COUNTED.has(ins.keyword)) {
        applyConfig(ins, state, ctx);
        continue;
      }
      index++;
      const text = (input.engine.onbuildCounted && triggers.includes(ins) ? 'ONBUILD ' : '') + vertexText(ins, state, ctx);
      const op = stepOp(ins, state, ctx);
      if (!op) continue;
      const prefix = `[${display === '' ? '' : display + ' '}${String(index).padStart(width, ' ')}/${total}] `;
      const step = makeStep(steps.length, prefix + text, stage.index, ins, op, state.last, ctx);
      steps.push(step);
      ids.push(step.id);
      state.last = step.id;
    }
    finals.set(stage.index, state);
    plans[stage.index] = { index: stage.index, name: stage.name, displayName: display, base, steps: ids, reachable: reachable.has(stage.index) };
    return state;
  };
  for (const stage of stages) if (reachable.has(stage.index)) dispatch(stage);
  const stagePlans: StagePlan[] = stages.map(
    (s) => plans[s.index] ?? { index: s.index, name: s.name, displayName: single ? '' : s.name ?? `stage-${s.index}`, base: { kind: 'scratch' }, steps: [], reachable: false },
  );
  return { stages: stagePlans, steps, target, errors };
}
