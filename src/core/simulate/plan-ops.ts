/** Maps a graph step's op (with its typed instruction) to the op the cache keys: ExecOp, FileOp copy, mkdir. */
import type { CopyOp, EnvEntry, ExecOp, RunMount, StepOp, StepSource } from '../cache/types.ts';
import type { EngineProfile } from '../engines/index.ts';
import { copyDest, type ExecMount, type Step } from '../graph/index.ts';
import { normalizeImageRef, type EnvEntry as StageEnvEntry, type RunInstruction, type StagesResult } from '../instructions/index.ts';

/** Where a `--from` / `from=` dependency of a command reads: an earlier stage, (v0.8) a later stage's base, an image, scratch. */
function dependencySource(stages: StagesResult, stage: number, commandIndex: number | undefined, match: (d: { via: string; mountIndex: number | undefined }) => boolean): StepSource {
  const dep = stages.stages[stage]?.dependencies.find((d) => d.commandIndex === commandIndex && match(d));
  const entry = dep === undefined ? undefined : stages.states[dep.state];
  if (dep === undefined || entry === undefined) return { kind: 'scratch' };
  if (entry.kind === 'unregistered') return entry.ref.kind === 'image' ? { kind: 'image', ref: normalizeImageRef(entry.ref.ref) } : { kind: 'scratch' };
  if (!dep.forward) return { kind: 'stage', stage: entry.stage };
  const later = stages.stages[entry.stage]!;
  return later.base.kind === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: normalizeImageRef(later.baseName) };
}

/** The Dockerfile part of the environment (ENV and ARG entries; the image config's are the base's, not the step's). */
function dockerfileEnv(env: readonly StageEnvEntry[]): EnvEntry[] {
  return env.filter((e) => e.origin !== 'image').map((e) => ({ name: e.key, value: e.value, origin: e.origin === 'arg' ? 'arg' : 'env' }));
}

const octal = (n: number | undefined, fallback: string): string => (n === undefined ? fallback : `0${n.toString(8)}`);

function runMount(m: ExecMount, run: RunInstruction, source: (mountIndex: number) => StepSource): RunMount {
  const spec = m.spec!;
  switch (spec.type) {
    case 'bind':
      return { type: 'bind', target: m.target, source: spec.source ?? '/', from: spec.from === undefined || spec.from === '' ? { kind: 'context' } : source(run.mounts.indexOf(spec)), readonly: m.readOnly };
    case 'cache': {
      const id = spec.id ?? '';
      return {
        type: 'cache', target: m.target, id: id === '' ? m.target : id, defaultId: id === '' || id === m.target, sharing: spec.sharing ?? 'shared',
        readonly: spec.readOnly, mode: octal(spec.mode, ''), uid: spec.uid?.toString() ?? '', gid: spec.gid?.toString() ?? '',
      };
    }
    case 'secret':
    case 'ssh':
      return { type: spec.type, target: m.target, id: m.secretId ?? '', required: !m.optional, mode: octal(spec.mode, spec.type === 'secret' ? '0400' : '0600'), uid: String(spec.uid ?? 0), gid: String(spec.gid ?? 0) };
    case 'tmpfs':
      return { type: 'tmpfs', target: m.target, size: spec.size ?? '' };
    default: {
      const never: never = spec.type;
      return never;
    }
  }
}

/** The script a shell-form RUN runs (a lone heredoc's body, or the line plus its heredoc bodies). */
function runScript(run: RunInstruction): string {
  const line = run.cmdLine[0] ?? '';
  const lone = run.files.length === 1 && /^\d*<<-?(["']?)\w+\1$/.test(line.trim());
  if (lone) return run.files[0]!.data;
  return run.files.length > 0 ? [line, ...run.files.map((f) => f.data)].join('\n') : line;
}

function execOp(step: Step, stages: StagesResult): ExecOp | undefined {
  const run = step.instruction;
  if (step.op.kind !== 'exec' || run?.kind !== 'run' || step.stage === undefined) return undefined;
  const op = step.op;
  const script = runScript(run);
  const args = run.prependShell ? [...(op.shell ?? ['/bin/sh', '-c']), script] : [...run.cmdLine];
  const command = run.prependShell ? script : args.length >= 3 && /(^|\/)(ba)?sh$/.test(args[0]!) && args[1] === '-c' ? args[2]! : args.join(' ');
  const stage = step.stage;
  const mountSource = (i: number) => dependencySource(stages, stage, step.commandIndex, (d) => d.via === 'mount-from' && d.mountIndex === i);
  return {
    kind: 'exec', args, command, env: dockerfileEnv(op.env), cwd: op.cwd, user: op.user,
    mounts: op.mounts.filter((m) => m.spec !== undefined).map((m) => runMount(m, run, mountSource)),
    network: run.network ?? '', security: run.security ?? '',
  };
}

function copyOp(step: Step, stages: StagesResult, engine: EngineProfile): CopyOp | undefined {
  const instr = step.instruction;
  if (step.op.kind !== 'file-copy' || (instr?.kind !== 'copy' && instr?.kind !== 'add') || step.stage === undefined) return undefined;
  const inline = instr.contents.length > 0;
  const from: StepSource = inline
    ? { kind: 'inline', files: instr.contents.map((f) => ({ name: f.name, content: f.data })) }
    : instr.kind === 'copy' && instr.from !== undefined && instr.from !== ''
      ? dependencySource(stages, step.stage, step.commandIndex, (d) => d.via === 'copy-from')
      : { kind: 'context' };
  const chmod = instr.chmod ?? '';
  return {
    kind: 'copy', add: instr.kind === 'add', sources: inline ? instr.contents.map((f) => f.name) : instr.sources, dest: copyDest(instr.dest, step.op.cwd), from,
    chown: instr.chown ?? '', chmod: engine.features.chmodExpansion.supported || /^[0-7]+$/.test(chmod) ? chmod : '',
    link: instr.link, exclude: instr.excludes, parents: instr.kind === 'copy' && instr.parents,
  };
}

/** The cache op of a RUN, COPY/ADD or WORKDIR graph step (undefined for any other step). */
export function stepOp(step: Step, stages: StagesResult, engine: EngineProfile): StepOp | undefined {
  switch (step.op.kind) {
    case 'exec': return execOp(step, stages);
    case 'file-copy': return copyOp(step, stages, engine);
    case 'mkdir': return { kind: 'mkdir', path: step.op.path, user: step.op.user, epoch: step.op.epoch ?? '' };
    default: return undefined;
  }
}
