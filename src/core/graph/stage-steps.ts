// Tracks BuildKit dockerfile2llb/convert.go: base resolution (FROM vertices), the dispatch loop and dispatchWorkdir
/** Walks reachable dispatch states in BuildKit's order and creates their steps. */
import { normalizeReference } from '../instructions/index.ts';
import type { Stage, StageCommand } from '../instructions/types.ts';
import { addStep } from './builder.ts';
import type { GraphBuilder } from './builder.ts';
import { addCopyStep } from './copy-step.ts';
import { nextName } from './cursor.ts';
import type { StageCursor } from './cursor.ts';
import { processCmdEnv, uppercaseCmd } from './naming.ts';
import { addRunStep } from './run-step.ts';

/** cmdTotal: 1 for an image base, plus RUN/COPY/ADD/WORKDIR (and ONBUILD triggers where counted). */
export function stageTotal(stage: Stage, countOnbuild: boolean): number {
  let total = stage.base.kind === 'image' ? 1 : 0;
  for (const c of stage.commands) {
    if (c.onbuild && countOnbuild) total += 1;
    else if (!c.onbuild && ['run', 'copy', 'add', 'workdir'].includes(c.instruction.kind)) total += 1;
  }
  return total;
}

/** Adds the FROM vertex of an image base (none for scratch or a zero-layer image). */
export function addFromStep(b: GraphBuilder, cursor: StageCursor, baseName: string, platform: string | undefined, layers: number | undefined, stage: Stage | undefined): void {
  if (baseName === 'scratch' || layers === 0) return;
  const ref = normalizeReference(baseName);
  if (!ref.ok) {
    b.problems.push({ severity: 'error', code: 'invalid-reference', message: `failed to parse stage name "${baseName}": ${ref.uppercaseRepository === undefined ? ref.error : b.engine.referenceNotLowercase(ref.uppercaseRepository)}`, range: stage?.range ?? zero });
    return;
  }
  const { name, index } = nextName(cursor, `FROM ${ref.ref}`, '');
  cursor.current = addStep(b, {
    kind: 'from', name, stage: stage?.index, state: cursor.state, index, total: cursor.total, commandIndex: undefined,
    instruction: stage?.from, parent: undefined, deps: [], inputs: [],
    op: { kind: 'image', ref: ref.ref, platform: platform ?? 'linux/amd64' }, onbuild: false, range: stage?.range ?? zero,
  });
}

/** The SOURCE_DATE_EPOCH a WORKDIR mkdir carries (undefined when the engine does not stamp it or the arg is unset). */
function workdirEpoch(b: GraphBuilder): string | undefined {
  return b.engine.workdirSourceDateEpoch ? b.stages.buildArgs['SOURCE_DATE_EPOCH'] : undefined;
}

function addWorkdirStep(b: GraphBuilder, cursor: StageCursor, cmd: StageCommand, commandIndex: number): void {
  if (cmd.instruction.kind !== 'workdir' || cmd.after.workdir === '/') return;
  const text = uppercaseCmd(processCmdEnv(cmd.instruction.code, cmd.context.env, b.escapeToken, 'plain'));
  const { name, index } = nextName(cursor, text, b.engine.onbuild.namePrefix);
  const parent = cursor.current;
  cursor.current = addStep(b, {
    kind: 'workdir', name, stage: cursor.stage, state: cursor.state, index, total: cursor.total, commandIndex,
    instruction: cmd.instruction, parent, deps: [], inputs: parent === undefined ? [] : [parent],
    op: { kind: 'mkdir', path: cmd.after.workdir, mode: 0o755, parents: true, user: cmd.context.user, epoch: workdirEpoch(b) }, onbuild: cmd.onbuild,
    range: cmd.instruction.range,
  });
}

/** dispatch(): one stage's commands in order. */
export function dispatchStage(b: GraphBuilder, cursor: StageCursor, stage: Stage): void {
  stage.commands.forEach((cmd, i) => {
    cursor.onbuild = cmd.onbuild;
    switch (cmd.instruction.kind) {
      case 'run': addRunStep(b, cursor, cmd, i); break;
      case 'copy': case 'add': addCopyStep(b, cursor, cmd, i); break;
      case 'workdir': addWorkdirStep(b, cursor, cmd, i); break;
      default: break;
    }
  });
}

const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
