// Tracks BuildKit dockerfile2llb/convert.go dispatchOnBuildTriggers [v0.8] / initOnBuildTriggers [modern]
/** ONBUILD triggers a stage runs first: from its base stage's ONBUILD instructions, or its base image config. */
import type { EngineProfile } from '../engines/types.ts';
import { parseDockerfile } from '../syntax/index.ts';
import type { Problem, Range } from '../syntax/types.ts';
import { parseInstruction } from './parse-instruction.ts';
import type { FromInstruction, Instruction } from './types.ts';

type Command = Exclude<Instruction, FromInstruction>;

/** Parses trigger expressions into commands (each must be a single instruction); ranges point at the FROM. */
export function triggerCommands(triggers: readonly string[], engine: EngineProfile, at: Range, problems: Problem[]): Command[] {
  const out: Command[] = [];
  for (const trigger of triggers) {
    const tree = parseDockerfile(trigger);
    const node = tree.instructions[0];
    if (node === undefined || tree.instructions.length !== 1) {
      problems.push({ severity: 'error', code: 'onbuild-trigger', message: 'onbuild trigger should be a single expression', range: at });
      continue;
    }
    const parsed = parseInstruction({ ...node, range: at }, engine);
    if (parsed.error !== undefined) problems.push({ severity: 'error', code: parsed.code ?? 'instruction-error', message: parsed.error, range: at });
    const instr = parsed.instruction;
    if (instr.kind !== 'from') out.push({ ...instr, range: at } as Command);
  }
  return out;
}

/** The trigger expressions of a base stage: its ONBUILD instructions, in order. */
export function stageTriggers(commands: readonly Command[]): string[] {
  return commands.flatMap((c) => (c.kind === 'onbuild' ? [c.expression] : []));
}
