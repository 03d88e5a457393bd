/** Typed, expanded instructions from toStages, as rules ask for them (one kind at a time). */
import type { Instruction, MountSpec } from '../../instructions/index.ts';
import type { Inst } from './context.ts';

/** The typed instruction behind a stage instruction when it is of the given kind. */
export function typed<K extends Instruction['kind']>(inst: Inst, kind: K): Extract<Instruction, { kind: K }> | undefined {
  const instruction = inst.command?.instruction;
  return instruction?.kind === kind ? (instruction as Extract<Instruction, { kind: K }>) : undefined;
}

/** RUN --mount specs as toStages parsed them (values expanded where the engine expands them). */
export function mountsOf(inst: Inst): readonly MountSpec[] {
  return typed(inst, 'run')?.mounts ?? [];
}
