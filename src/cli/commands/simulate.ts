/** `layerlab simulate --base GITREF`: which steps the changes since GITREF (commits + working tree) re-run, and why. */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContextEntry } from '../../core/context/index.ts';
import type { CliIo, CommandHandler } from '../io.ts';
import { createSimulator } from '../../core/simulate/simulator.ts';
import { renderCauses } from '../../core/simulate/render.ts';
import type { BuildResult, StepVerdict } from '../../core/simulate/types.ts';
import type { EngineId } from '../../core/engines/index.ts';
import { estimateBuild, type BuildEstimate } from '../../core/schedule/index.ts';

const USAGE = 'usage: layerlab simulate [-C DIR] [-f Dockerfile] [--target T] [--build-arg K=V]... --base GITREF [--engine v0.8|modern] [--format text|json|markdown]\n';

interface SimulateArgs {
  readonly dir: string;
  readonly file: string;
  readonly target: string | undefined;
  readonly buildArgs: Record<string, string>;
  readonly base: string;
  readonly format: 'text' | 'json' | 'markdown';
  readonly engine: EngineId;
}

function parseArgs(args: readonly string[], cwd: string): SimulateArgs | string {
  let dir = cwd;
  let file: string | undefined;
  let target: string | undefined;
  let base: string | undefined;
  let format: SimulateArgs['format'] = 'text';
  let engine: EngineId = 'modern';
  const buildArgs: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    const v = ['-C', '-f', '--file', '--target', '--build-arg', '--base', '--format', '--engine'].includes(name) ? value() : undefined;
    if (['-C', '-f', '--file', '--target', '--build-arg', '--base', '--format', '--engine'].includes(name) && v === undefined) return `${name} needs a value`;
    if (name === '-C') dir = resolve(cwd, v!);
    else if (name === '-f' || name === '--file') file = v!;
    else if (name === '--target') target = v;
    else if (name === '--base') base = v;
    else if (name === '--build-arg') {
      const kv = v!.indexOf('=');
      if (kv <= 0) return `--build-arg needs KEY=VALUE, got "${v}"`;
      buildArgs[v!.slice(0, kv)] = v!.slice(kv + 1);
    } else if (name === '--format') {
      if (v !== 'text' && v !== 'json' && v !== 'markdown') return `unknown format "${v}" (text, json or markdown)`;
      format = v;
    } else if (name === '--engine') {
      if (v !== 'v0.8' && v !== 'modern') return `unknown engine "${v}" (v0.8 or modern)`;
      engine = v;
    } else return `unknown argument ${a}`;
  }
  if (base === undefined) return '--base GITREF is required';
  const inContext = file === undefined ? 'Dockerfile' : relative(dir, resolve(cwd, file)).split('\\').join('/');
  if (inContext.startsWith('..')) return `the Dockerfile ${file} must be inside the context directory ${dir}`;
  return { dir, file: inContext, target, buildArgs, base, format, engine };
}

function git(dir: string, args: readonly string[]): Buffer {
  try {
    return execFileSync('git', ['-C', dir, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr !== undefined && stderr !== '' ? stderr : `git ${args.join(' ')} failed`);
  }
}

/** The build context as it was at a git ref (tracked files under the context directory). */
export function contextAtRef(dir: string, ref: string): Map<string, ContextEntry> {
  git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const top = git(dir, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = relative(top, dir).split('\\').join('/');
  const out = new Map<string, ContextEntry>();
  for (const line of git(dir, ['ls-tree', '-r', '-z', '--full-tree', ref]).toString().split('\0')) {
    const [meta = '', path = ''] = line.split('\t');
    const [mode = '', type = '', object = ''] = meta.split(' ');
    if (type !== 'blob' || (prefix !== '' && !path.startsWith(prefix + '/'))) continue;
    const content = git(dir, ['cat-file', 'blob', object]).toString('utf8');
    const rel = prefix === '' ? path : path.slice(prefix.length + 1);
    out.set(rel, mode === '120000' ? { kind: 'symlink', path: rel, target: content } : { kind: 'file', path: rel, content, mode: mode === '100755' ? 0o755 : 0o644 });
  }
  return out;
}

/** The build context as the working tree has it: tracked and untracked files git does not ignore. */
export function contextInWorkingTree(dir: string): Map<string, ContextEntry> {
  const out = new Map<string, ContextEntry>();
  for (const rel of git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.']).toString().split('\0')) {
    if (rel === '') continue;
    const abs = join(dir, rel);
    try {
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) out.set(rel, { kind: 'symlink', path: rel, target: readlinkSync(abs) });
      else if (st.isFile()) out.set(rel, { kind: 'file', path: rel, content: readFileSync(abs, 'utf8'), mode: st.mode & 0o111 ? 0o755 : 0o644 });
    } catch {
      continue;
    }
  }
  return out;
}

/** The report of one simulation, as data (the json format). */
export interface SimulateReport {
  readonly base: string;
  readonly steps: readonly { readonly name: string; readonly verdict: string; readonly why: string }[];
  readonly firstBreak: string | undefined;
  readonly estimate: { readonly coldSeconds: number; readonly rebuildSeconds: number; readonly savedSeconds: number; readonly imageMB: number; readonly assumptions: readonly string[] };
  readonly errors: readonly string[];
}

function firstBreak(result: BuildResult): StepVerdict | undefined {
  return result.steps.find((s) => s.verdict === 'run' && !s.causes.every((c) => c.kind === 'previous-step-ran'));
}

function report(base: string, result: BuildResult, est: BuildEstimate): SimulateReport {
  return {
    base,
    steps: result.steps.map((s) => ({ name: s.name, verdict: s.verdict, why: renderCauses(s.causes) })),
    firstBreak: firstBreak(result)?.name,
    estimate: {
      coldSeconds: est.cold.total.value,
      rebuildSeconds: est.rebuild.total.value,
      savedSeconds: est.saved.value,
      imageMB: est.imageSize.value,
      assumptions: [...est.rebuild.total.assumptions, ...est.imageSize.assumptions],
    },
    errors: result.errors,
  };
}

function text(r: SimulateReport): string {
  const runs = r.steps.filter((s) => s.verdict === 'run');
  let out = `Changes since ${r.base}: ${runs.length} of ${r.steps.length} steps run again.\n`;
  if (r.firstBreak) out += `First step that breaks the cache: ${r.firstBreak}\n`;
  for (const s of r.steps) out += `  ${s.verdict === 'run' ? 'RUN   ' : 'cached'} ${s.name}\n         ${s.why}\n`;
  out += `Estimated rebuild ${r.estimate.rebuildSeconds} s vs cold ${r.estimate.coldSeconds} s (cache saves ~${r.estimate.savedSeconds} s); image ~${r.estimate.imageMB} MB (estimates).\n`;
  for (const e of r.errors) out += `error: ${e}\n`;
  return out;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(r: SimulateReport): string {
  const runs = r.steps.filter((s) => s.verdict === 'run');
  let out = `### Layerlab: BuildKit cache impact of this change\n\n`;
  out += runs.length === 0 ? `Every step stays cached compared with \`${r.base}\`.\n\n` : `**${runs.length} of ${r.steps.length} steps** run again compared with \`${r.base}\`.`;
  if (r.firstBreak) out += ` The cache first breaks at \`${cell(r.firstBreak)}\`.`;
  out += '\n\n| | Step | Why |\n|---|---|---|\n';
  for (const s of r.steps) out += `| ${s.verdict === 'run' ? '🔁 run' : '✅ cached'} | \`${cell(s.name)}\` | ${cell(s.why)} |\n`;
  out += `\n**Estimated** rebuild ${r.estimate.rebuildSeconds} s vs cold build ${r.estimate.coldSeconds} s (cache saves ~${r.estimate.savedSeconds} s); final image ~${r.estimate.imageMB} MB.\n`;
  out += `\n<details><summary>Assumptions behind the estimates</summary>\n\n${r.estimate.assumptions.map((a) => `- ${a}`).join('\n')}\n\n</details>\n`;
  return out;
}

function dockerfileOf(context: ReadonlyMap<string, ContextEntry>, file: string, where: string): string {
  const entry = context.get(file.replace(/^\.\//, ''));
  if (entry?.kind !== 'file' || typeof entry.content !== 'string') throw new Error(`${file} not found ${where}`);
  return entry.content;
}

/** Runs the simulation of GITREF → working tree. */
export function simulateChanges(a: SimulateArgs): SimulateReport {
  const before = contextAtRef(a.dir, a.base);
  const after = contextInWorkingTree(a.dir);
  const top = git(a.dir, ['rev-parse', '--show-toplevel']).toString().trim();
  if (relative(top, a.dir) === '') {
    // The .git directory is part of a context at the repository top: it changes with every commit.
    before.set('.git/HEAD', { kind: 'file', path: '.git/HEAD', content: git(a.dir, ['rev-parse', `${a.base}^{commit}`]).toString(), mode: 0o644 });
    after.set('.git/HEAD', { kind: 'file', path: '.git/HEAD', content: git(a.dir, ['rev-parse', 'HEAD']).toString(), mode: 0o644 });
  }
  const sim = createSimulator({ engine: a.engine });
  const common = { buildArgs: a.buildArgs, target: a.target, dockerfilePath: a.file };
  const baseDockerfile = before.get(a.file);
  if (baseDockerfile?.kind === 'file' && typeof baseDockerfile.content === 'string') sim.build({ ...common, dockerfile: baseDockerfile.content, context: before });
  const result = sim.build({ ...common, dockerfile: dockerfileOf(after, a.file, 'in the working tree'), context: after });
  return report(a.base, result, estimateBuild(result));
}

/** The simulate command. */
export const simulate: CommandHandler = async (args, io: CliIo) => {
  const parsed = parseArgs(args, io.cwd);
  if (typeof parsed === 'string') {
    io.stderr(`layerlab simulate: ${parsed}\n${USAGE}`);
    return 2;
  }
  let r: SimulateReport;
  try {
    r = simulateChanges(parsed);
  } catch (error) {
    io.stderr(`layerlab simulate: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout(parsed.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : parsed.format === 'markdown' ? markdown(r) : text(r));
  return r.errors.length > 0 ? 1 : 0;
};
