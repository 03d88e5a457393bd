// Tracks BuildKit dockerfile2llb/convert.go: dispatchStates (addState, findStateByName/Index), toCommand,
// detectRunMount (convert_runmount.go), the circular-dependency check, the single-state rule and isReachable
/** Resolves stage references: FROM <stage>, COPY --from, RUN --mount from=; the target and what it reaches. */
import type { EngineProfile } from '../engines/types.ts';
import { processWord } from '../shell/index.ts';
import type { Problem, Range } from '../syntax/types.ts';
import { envGetter } from './env-list.ts';
import type { DispatchStateEntry, FromInstruction, Instruction, StageDependency, StageRef } from './types.ts';
import { lowerCase } from '../lower-case.ts';
import { EMPTY_LIST } from '../empty-list.ts';

/** A stage as the reference resolver needs it. */
export interface StageDraft {
  readonly from: FromInstruction;
  readonly name: string | undefined;
  /** Base name after meta-arg expansion. */
  readonly baseName: string;
  readonly commands: readonly Exclude<Instruction, FromInstruction>[];
}

/** What reference resolution found. */
export interface StageRefs {
  readonly states: DispatchStateEntry[];
  readonly bases: StageRef[];
  readonly dependencies: StageDependency[][];
  readonly displayNames: string[];
  readonly target: number | undefined;
  readonly reachable: boolean[];
  readonly problems: Problem[];
}

const err = (message: string, range: Range, code = 'stage-reference'): Problem => ({ severity: 'error', code, message, range });

/** The ref an unregistered state's base name stands for. */
function unregisteredRef(name: string): StageRef {
  return name === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: name };
}

class Registry {
  readonly states: DispatchStateEntry[] = [];
  private readonly byName = new Map<string, number>();
  addStage(stage: number, name: string | undefined): void {
    this.states.push({ kind: 'stage', stage });
    if (name !== undefined) this.byName.set(name, this.states.length - 1);
  }
  findByName(name: string): number | undefined {
    return this.byName.size === 0 ? undefined : this.byName.get(lowerCase(name));
  }
  addUnregistered(baseName: string): number {
    this.states.push({ kind: 'unregistered', baseName, ref: unregisteredRef(baseName) });
    return this.states.length - 1;
  }
}

/** Go's strconv.Atoi accepts an optional sign and decimal digits. */
const atoi = (s: string): number | undefined => (/^[+-]?\d+$/.test(s) ? Number.parseInt(s, 10) : undefined);

function copyFromState(from: string, reg: Registry, engine: EngineProfile, range: Range): number | Problem {
  if (engine.copyFromVariable === 'error') {
    const lit = processWord(from, envGetter(EMPTY_LIST));
    if (!lit.ok || lit.value !== from) {
      return err('variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround', range);
    }
  }
  const index = atoi(from);
  if (index === undefined) return reg.findByName(from) ?? reg.addUnregistered(from);
  if (index < 0 || index >= reg.states.length) return err(`invalid stage index ${index}`, range);
  return index;
}

function collectDependencies(stages: readonly StageDraft[], reg: Registry, engine: EngineProfile, problems: Problem[]): StageDependency[][] {
  return stages.map((stage, stageIndex) => {
    const deps: StageDependency[] = [];
    const add = (via: StageDependency['via'], commandIndex: number, mountIndex: number | undefined, state: number) => {
      const entry = reg.states[state];
      const forward = entry?.kind === 'stage' && entry.stage > stageIndex;
      deps.push({ via, commandIndex, mountIndex, state, forward });
    };
    stage.commands.forEach((cmd, commandIndex) => {
      if (cmd.kind === 'copy' && cmd.from !== undefined && cmd.from !== '') {
        const found = copyFromState(cmd.from, reg, engine, cmd.range);
        if (typeof found === 'number') add('copy-from', commandIndex, undefined, found);
        else problems.push(found);
      }
      if (cmd.kind !== 'run') return;
      cmd.mounts.forEach((m, mountIndex) => {
        if (!engine.mountRegistersState({ type: m.type, from: m.from })) return;
        const name = m.from ?? 'scratch';
        add('mount-from', commandIndex, mountIndex, reg.findByName(name) ?? reg.addUnregistered(name));
      });
    });
    return deps;
  });
}

function stageOfState(states: readonly DispatchStateEntry[], state: number): number | undefined {
  const entry = states[state];
  return entry?.kind === 'stage' ? entry.stage : undefined;
}

function findCycle(stages: readonly StageDraft[], deps: readonly StageDependency[][], states: readonly DispatchStateEntry[]): number | undefined {
  const visited = new Set<number>();
  const path = new Set<number>();
  const visit = (s: number): boolean => {
    if (visited.has(s)) return false;
    visited.add(s);
    path.add(s);
    for (const d of deps[s] ?? []) {
      const t = stageOfState(states, d.state);
      if (t === undefined) continue;
      if (path.has(t) || visit(t)) return true;
    }
    path.delete(s);
    return false;
  };
  for (let i = 0; i < stages.length; i += 1) if (visit(i)) return i;
  return undefined;
}

function reachability(target: number | undefined, bases: readonly StageRef[], deps: readonly StageDependency[][], states: readonly DispatchStateEntry[], count: number): boolean[] {
  const reached = new Array<boolean>(count).fill(false);
  const visit = (s: number): void => {
    if (reached[s]) return;
    reached[s] = true;
    const base = bases[s];
    if (base?.kind === 'stage') visit(base.index);
    for (const d of deps[s] ?? []) {
      const t = stageOfState(states, d.state);
      if (t !== undefined) visit(t);
    }
  };
  if (target !== undefined) visit(target);
  return reached;
}

/** Resolves every stage reference the way dockerfile2llb does before dispatching. */
export function resolveStageRefs(stages: readonly StageDraft[], engine: EngineProfile, targetName: string | undefined): StageRefs {
  const problems: Problem[] = [];
  const reg = new Registry();
  const bases: StageRef[] = stages.map((stage, i) => {
    const base = stage.baseName === '' ? undefined : reg.findByName(stage.baseName);
    const baseStage = base !== undefined && stage.baseName === stage.baseName.toLowerCase() ? stageOfState(reg.states, base) : undefined;
    reg.addStage(i, stage.name);
    if (baseStage !== undefined) return { kind: 'stage', index: baseStage };
    return stage.baseName === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: stage.baseName };
  });
  let target: number | undefined = stages.length === 0 ? undefined : stages.length - 1;
  if (targetName !== undefined && targetName !== '') {
    const found = reg.findByName(targetName);
    target = found === undefined ? undefined : stageOfState(reg.states, found);
    if (target === undefined) {
      problems.push(err(engine.targetNotFound(targetName), stages[0]?.from.range ?? zeroRange, 'target-not-found'));
    }
  }
  const dependencies = collectDependencies(stages, reg, engine, problems);
  const cycle = findCycle(stages, dependencies, reg.states);
  const defaultName = (i: number) => stages[i]?.name ?? `stage-${i}`;
  if (cycle !== undefined) {
    problems.push(err(`circular dependency detected on stage: ${defaultName(cycle)}`, stages[cycle]?.from.range ?? zeroRange, 'circular-dependency'));
  }
  const single = reg.states.length === 1;
  const displayNames = stages.map((_, i) => (single ? '' : defaultName(i)));
  const reachable = reachability(target, bases, dependencies, reg.states, stages.length);
  return { states: reg.states, bases, dependencies, displayNames, target, reachable, problems };
}

const zeroRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
