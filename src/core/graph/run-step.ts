// Tracks BuildKit dockerfile2llb/convert.go dispatchRun (args, heredocs, mounts, name)
/** The ExecOp step of a RUN, named with the RawQuotes + SkipUnsetEnv lexer. */
import type { EnvEntry, RunInstruction, StageCommand } from '../instructions/types.ts';
import { addOrReplace } from '../instructions/index.ts';
import { addStep } from './builder.ts';
import type { GraphBuilder } from './builder.ts';
import { nextName } from './cursor.ts';
import type { StageCursor } from './cursor.ts';
import { execMounts } from './exec-mounts.ts';
import { processCmdEnv, uppercaseCmd } from './naming.ts';

const HEREDOC_WORD = /^(\d*)<<(-?)(.*)$/;

/** summarizeHeredoc: the first line of the trimmed body, with `...` when there are more. */
export function summarizeHeredoc(doc: string): string {
  const lines = doc.trim().replaceAll('\r\n', '\n').split('\n');
  return (lines[0] ?? '') + (lines.length > 1 ? '...' : '');
}

const chomp = (data: string): string => data.split('\n').map((l) => l.replace(/^\t+/, '')).join('\n');

/** The argv and name suffix of a RUN, heredocs included (modern frontends). */
function runArgs(run: RunInstruction, shell: readonly string[]): { args: string[]; suffix: string } {
  let args = [...run.cmdLine];
  let suffix = '';
  const first = run.files[0];
  if (first !== undefined) {
    if (args.length === 1 && run.prependShell && HEREDOC_WORD.test(args[0] ?? '')) {
      const data = first.chomp ? chomp(first.data) : first.data;
      args = data.startsWith('#!') ? [`/dev/pipes/${first.name}`] : [data];
      suffix = ` (${summarizeHeredoc(first.data)})`;
      if (data.startsWith('#!')) return { args, suffix };
    } else {
      args = [run.files.reduce((full, f) => `${full}\n${f.data}${f.name}`, args[0] ?? '')];
    }
  }
  return { args: run.prependShell ? [...shell, args.join(' ')] : args, suffix };
}

function proxyEnv(b: GraphBuilder): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(b.stages.buildArgs)) {
    if (b.engine.proxyArgs.includes(key.toLowerCase())) out[key.toUpperCase()] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function nameEnv(b: GraphBuilder, run: RunInstruction, env: readonly EnvEntry[]): readonly EnvEntry[] {
  if (!b.engine.secretEnvMaskInName) return env;
  return run.mounts.reduce((e, m) => (m.type === 'secret' && m.env !== undefined ? addOrReplace(e, m.env, '****') : e), env);
}

/** Adds the RUN step and moves the stage state to its output. */
export function addRunStep(b: GraphBuilder, cursor: StageCursor, cmd: StageCommand, commandIndex: number): void {
  const run = cmd.instruction;
  if (run.kind !== 'run') return;
  const { mounts, deps } = execMounts(b, cursor, cmd, commandIndex, run.mounts);
  const { args, suffix } = runArgs(run, cmd.context.shell);
  const text = uppercaseCmd(processCmdEnv(run.code + suffix, nameEnv(b, run, cmd.context.env), b.escapeToken, 'run'));
  const { name, index } = nextName(cursor, text, b.engine.onbuild.namePrefix);
  const parent = cursor.current;
  const inputs = [parent, ...mounts.map((m) => (m.source.kind === 'step' ? m.source.step : undefined))]
    .filter((s): s is string => s !== undefined)
    .filter((s, i, all) => all.indexOf(s) === i);
  cursor.current = addStep(b, {
    kind: 'run', name, stage: cursor.stage, state: cursor.state, index, total: cursor.total, commandIndex, instruction: run,
    parent, deps, inputs,
    op: {
      kind: 'exec', args, command: run.cmdLine.join(' '), shell: run.prependShell ? cmd.context.shell : undefined,
      env: cmd.context.env, cwd: cmd.context.workdir, user: cmd.context.user, network: run.network, security: run.security,
      proxyEnv: proxyEnv(b), mounts,
    },
    onbuild: cmd.onbuild, range: run.range,
  });
}
