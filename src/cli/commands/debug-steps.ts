/** `layerlab debug steps FILE [--engine v0.8|modern] [--target T] [--build-arg K=V]... [--all]`: BuildKit's step names. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_ENGINE, isEngineId } from '../../core/engines/index.ts';
import type { EngineId } from '../../core/engines/index.ts';
import { buildStepGraph, printedStepNames } from '../../core/graph/index.ts';
import { toStages } from '../../core/instructions/index.ts';
import { parseDockerfile } from '../../core/syntax/index.ts';
import type { CommandHandler } from '../io.ts';

const USAGE = `usage: layerlab debug steps FILE [--engine v0.8|modern] [--target STAGE] [--build-arg KEY=VALUE]... [--all]
  prints the step names BuildKit would print, one per line (FROM and [internal] left out unless --all
  adds FROM lines); FILE - reads stdin; default engine ${DEFAULT_ENGINE}
`;

interface StepsArgs {
  readonly file: string;
  readonly engine: EngineId;
  readonly target: string | undefined;
  readonly buildArgs: Record<string, string>;
  readonly all: boolean;
}

function takeValue(args: readonly string[], i: number, name: string): { value: string; next: number } | string {
  const arg = args[i] ?? '';
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i + 1 };
  const value = args[i + 1];
  return value === undefined ? `${name} needs a value` : { value, next: i + 2 };
}

function parseArgs(args: readonly string[]): StepsArgs | string {
  let file: string | undefined;
  let engine: EngineId = DEFAULT_ENGINE;
  let target: string | undefined;
  let all = false;
  const buildArgs: Record<string, string> = {};
  for (let i = 0; i < args.length;) {
    const arg = args[i] ?? '';
    const name = ['--engine', '--target', '--build-arg'].find((n) => arg === n || arg.startsWith(`${n}=`));
    if (name === undefined) {
      if (arg === '--all') all = true;
      else if (arg.startsWith('--') || file !== undefined) return `unexpected argument "${arg}"`;
      else file = arg;
      i += 1;
      continue;
    }
    const taken = takeValue(args, i, name);
    if (typeof taken === 'string') return taken;
    i = taken.next;
    if (name === '--engine') {
      if (!isEngineId(taken.value)) return `unknown engine "${taken.value}" (use v0.8 or modern)`;
      engine = taken.value;
    } else if (name === '--target') {
      target = taken.value;
    } else {
      const at = taken.value.indexOf('=');
      if (at <= 0) return `--build-arg needs KEY=VALUE, got "${taken.value}"`;
      buildArgs[taken.value.slice(0, at)] = taken.value.slice(at + 1);
    }
  }
  return file === undefined ? 'missing FILE' : { file, engine, target, buildArgs, all };
}

async function readInput(file: string, cwd: string): Promise<string | undefined> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Prints the steps of a Dockerfile; exits 1 with BuildKit's reason when it rejects the file, 2 on usage/IO errors. */
export const debugSteps: CommandHandler = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`layerlab: ${parsed}\n${USAGE}`);
    return 2;
  }
  const text = parsed.file === '-' ? await io.readStdin() : await readInput(parsed.file, io.cwd);
  if (text === undefined) {
    io.stderr(`layerlab: cannot read Dockerfile "${parsed.file}": no such file or not readable\n`);
    return 2;
  }
  const tree = parseDockerfile(text);
  const stages = toStages(tree, { engine: parsed.engine, target: parsed.target, buildArgs: parsed.buildArgs });
  const graph = buildStepGraph(stages);
  const error = [...tree.problems, ...graph.problems].find((p) => p.severity === 'error');
  if (error !== undefined) {
    io.stderr(`layerlab: Dockerfile rejected (${parsed.engine}): line ${error.range.start.line + 1}: ${error.message}\n`);
    return 1;
  }
  const names = printedStepNames(graph, { includeFrom: parsed.all });
  io.stdout(names.map((n) => `${n}\n`).join(''));
  return 0;
};
