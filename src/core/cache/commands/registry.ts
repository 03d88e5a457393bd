// The registry of command models: for each simple command of a RUN, what its output depends on.
import type { FsFile } from '../context.ts';
import { digest, type Digest } from '../hash.ts';
import { applyFileCommand, scratchFiles, type Scratch } from './files.ts';
import { GO_MODELS } from './go.ts';
import { splitCommands, type SimpleCommand } from './shell.ts';
import type { CommandModel, CommandModelId, CommandOutcome, RestChange, RunView } from './types.ts';

const PACKAGE_MANAGERS = new Set(['apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf', 'zypper']);
const FILE_UTILITIES = new Set(['echo', 'printf', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'chmod', 'chown', 'touch', 'cat', 'wc', 'id', 'whoami', 'sed', 'tr', 'tee', 'install', 'rmdir']);
const REPORTERS = new Set(['ls', 'find', 'grep', 'sort', 'head', 'tail', 'uniq', 'du', 'uname', 'env', 'printenv', 'pwd', 'sha256sum', 'md5sum', 'sha1sum', 'basename', 'dirname', 'readlink', 'realpath', 'expr', 'seq', 'awk', 'cut', 'file', 'tree']);
const TIME_REPORTERS = new Set(['date', 'stat', 'df', 'uptime', 'hostname', 'ps', 'free']);
const BUILTINS = new Set(['cd', 'export', 'set', 'true', ':', 'test', '[', 'unset', 'umask']);

function simple(id: CommandModelId, rest: RestChange, dependsOn: string): (c: SimpleCommand) => CommandOutcome {
  return (c) => ({ model: id, writes: new Map(), rest, inputs: digest(id, ...c.argv, ...c.assigns.flat()), reads: [], dependsOn });
}

/** Every model, first match wins; `unknown` matches anything. */
export const COMMAND_MODELS: readonly CommandModel[] = [
  ...GO_MODELS,
  {
    id: 'package-install',
    dependsOn: 'its arguments (the package index is assumed not to move)',
    matches: (a) => PACKAGE_MANAGERS.has(a[0]?.split('/').pop() ?? ''),
    apply: simple('package-install', 'deterministic', 'its arguments (the package index is assumed not to move)'),
  },
  {
    id: 'file-utility',
    dependsOn: 'its arguments and the files it reads',
    matches: (a) => FILE_UTILITIES.has(a[0]?.split('/').pop() ?? ''),
    apply: simple('file-utility', 'deterministic', 'its arguments and the files it reads'),
  },
  {
    id: 'reporter',
    dependsOn: 'the files it reads; it writes only its report',
    matches: (a) => REPORTERS.has(a[0]?.split('/').pop() ?? '') || TIME_REPORTERS.has(a[0]?.split('/').pop() ?? ''),
    apply: (c, v) => {
      const timed = TIME_REPORTERS.has(c.argv[0]?.split('/').pop() ?? '') || (c.argv[0] === 'ls' && c.argv.some((x) => /^-[a-zA-Z]*[lt]/.test(x)));
      const report = timed ? digest('report-with-times', v.nonce) : digest('report', ...c.argv, v.cwd, v.stateDigest);
      const writes = new Map<string, Digest>();
      for (const r of c.redirects) writes.set(resolve(v.cwd, r.target), report);
      return { model: 'reporter', writes, rest: 'untouched', inputs: report, reads: [], dependsOn: timed ? 'its report shows times, so it differs every run' : 'the files it reads; it writes only its report' };
    },
  },
  { id: 'shell-builtin', dependsOn: 'nothing: it writes no files', matches: (a) => BUILTINS.has(a[0] ?? ''), apply: simple('shell-builtin', 'untouched', 'nothing: it writes no files') },
  {
    id: 'shell-builtin',
    dependsOn: 'nothing: it stops the script with an error',
    matches: (a) => a[0] === 'false' || (a[0] === 'exit' && (a[1] ?? '0') !== '0'),
    apply: (c) => ({ model: 'shell-builtin', writes: new Map(), rest: 'untouched', inputs: digest('fail', ...c.argv), reads: [], dependsOn: 'nothing', fails: `${c.argv.join(' ')} exits with a non-zero status` }),
  },
  { id: 'shell-builtin', dependsOn: 'nothing: it ends the script', matches: (a) => a[0] === 'exit', apply: simple('shell-builtin', 'untouched', 'nothing: it ends the script') },
  { id: 'unknown', dependsOn: 'unknown: its output is taken to change every time it runs', matches: () => true, apply: simple('unknown', 'changes-every-run', 'unknown: its output is taken to change every time it runs') },
];

/** The model that handles a command. */
export function modelFor(argv: readonly string[]): CommandModel {
  return COMMAND_MODELS.find((m) => m.matches(argv))!;
}

/** The modelled effect of a whole RUN: its simple commands in order. */
export interface RunEffect {
  readonly commands: readonly CommandOutcome[];
  /** The words of each command, in order. */
  readonly argv: readonly (readonly string[])[];
  /** Why the RUN fails, when a command surely fails and nothing (`||`) catches it. */
  readonly fails: string | undefined;
  /** Absolute path → the files the RUN is known to write. */
  readonly writes: ReadonlyMap<string, FsFile>;
  readonly rest: RestChange;
  /** Digest of the commands' own inputs (the caller adds the state they ran on). */
  readonly restDigest: Digest;
}

function resolve(cwd: string, p: string): string {
  const parts: string[] = [];
  for (const part of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** Runs the models over a RUN command (shell text) or exec-form argv. */
export function runEffect(command: string, execArgv: readonly string[] | undefined, view: RunView): RunEffect {
  const commands = execArgv ? [{ assigns: [], argv: execArgv, redirects: [], opaque: false }] : splitCommands(command, view.env);
  const outcomes: CommandOutcome[] = [];
  const scratch: Scratch = { fs: view.fs, files: new Map(), ownerHashed: view.ownerHashed, dirs: new Set() };
  let rest: RestChange = 'untouched';
  let cwd = view.cwd;
  const local = new Map<string, string>();
  for (const c of commands) {
    const env = (n: string): string | undefined => local.get(n) ?? view.env(n);
    if (c.argv[0] === 'cd') cwd = resolve(cwd, c.argv[1] ?? '/');
    if (c.argv[0] === 'export') for (const a of c.argv.slice(1)) if (a.includes('=')) local.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    if (c.argv.length === 0) for (const [k, v] of c.assigns) local.set(k, v);
    const model = c.opaque ? COMMAND_MODELS[COMMAND_MODELS.length - 1]! : modelFor(c.argv);
    const outcome = c.argv.length === 0 ? simple('shell-builtin', 'untouched', 'nothing')(c) : model.apply(c, { ...view, cwd, env });
    outcomes.push(outcome);
    for (const [p, d] of outcome.writes) scratch.files.set(p, { text: undefined, digest: d, mode: outcome.model === 'reporter' || outcome.model === 'go-test' ? 0o644 : 0o755, owner: '' });
    const precise = (outcome.model === 'file-utility' || outcome.model === 'shell-builtin') && !c.opaque && applyFileCommand(c, scratch, (p) => resolve(cwd, p));
    const change = precise ? 'untouched' : outcome.rest;
    if (change === 'changes-every-run') rest = 'changes-every-run';
    else if (change === 'deterministic' && rest === 'untouched') rest = 'deterministic';
  }
  const writes = scratchFiles(scratch);
  const restDigest = digest('run-rest', ...outcomes.map((o) => o.inputs), ...[...writes].flatMap(([p, f]) => [p, f.digest]));
  const catching = /\|\||(^|[^|])\|([^|]|$)|(^|[^&])&([^&]|$)/.test(command);
  const fails = catching ? undefined : outcomes.find((o) => o.fails !== undefined)?.fails;
  return { commands: outcomes, argv: commands.map((c) => c.argv), writes, rest, restDigest, fails };
}
