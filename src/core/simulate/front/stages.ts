// Tracks BuildKit frontend/dockerfile/instructions/parse.go (stages, meta args) and the first half of
// dockerfile2llb/convert.go (meta arg values, stage names, dependencies, reachability, cmdTotal).
import type { RawInstruction } from './lines.ts';
import type { EngineProfile } from './engine.ts';
import { expandWord } from './lexer.ts';
import { mountFrom } from './mounts.ts';
import { readFlags, splitWords } from './words.ts';

/** A stage as written: its FROM and its instructions. */
export interface RawStage {
  readonly index: number;
  readonly name: string | undefined;
  /** Base name after meta-arg expansion. */
  readonly baseName: string;
  readonly instructions: readonly RawInstruction[];
  readonly from: RawInstruction;
}

/** Stages, meta args and which stage each name points at. */
export interface StageLayout {
  readonly stages: readonly RawStage[];
  readonly metaArgs: ReadonlyMap<string, string>;
  readonly metaDeclared: ReadonlySet<string>;
  readonly errors: readonly string[];
}

/** Default platform args of a linux/amd64 build (BuildKit platform.go). */
export const PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
]);

/** Parses `ARG a=b c` into name/default pairs. */
export function parseArgPairs(rest: string, escape: string): { name: string; value: string | undefined }[] {
  return splitWords(rest, escape).map((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? { name: word, value: undefined } : { name: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

/** Splits instructions into meta args and stages, with meta-arg values after build-arg overrides. */
export function layoutStages(instructions: readonly RawInstruction[], buildArgs: Readonly<Record<string, string>>, escape: string): StageLayout {
  const meta = new Map<string, string>(PLATFORM_ARGS);
  for (const [k, v] of Object.entries(buildArgs)) if (PLATFORM_ARGS.has(k)) meta.set(k, v);
  const declared = new Set<string>();
  const errors: string[] = [];
  const stages: { index: number; name: string | undefined; baseName: string; from: RawInstruction; instructions: RawInstruction[] }[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'from') {
      const words = splitWords(ins.rest, escape);
      const name = words.length >= 3 && words[1]!.toLowerCase() === 'as' ? words[2]!.toLowerCase() : undefined;
      const baseName = expandWord(words[0] ?? '', (n) => meta.get(n), { escape });
      stages.push({ index: stages.length, name, baseName, from: ins, instructions: [] });
    } else if (stages.length === 0) {
      if (ins.keyword !== 'arg') {
        errors.push(`no build stage in current context (line ${ins.line + 1})`);
        continue;
      }
      for (const { name, value } of parseArgPairs(ins.rest, escape)) {
        declared.add(name);
        const given = buildArgs[name];
        if (given !== undefined) meta.set(name, given);
        else if (value !== undefined) meta.set(name, expandWord(value, (n) => meta.get(n), { escape }));
      }
    } else stages[stages.length - 1]!.instructions.push(ins);
  }
  if (stages.length === 0) errors.push('the Dockerfile has no FROM');
  for (const s of stages) if (s.baseName.trim() === '') errors.push(`base name (line ${s.from.line + 1}) should not be blank`);
  return { stages, metaArgs: meta, metaDeclared: declared, errors };
}

/** Finds the stage a `--from`/FROM name points at (name, case-insensitive, or index for --from). */
export function findStage(stages: readonly RawStage[], ref: string, allowIndex: boolean): number | undefined {
  const lower = ref.toLowerCase();
  const byName = stages.find((s) => s.name === lower);
  if (byName) return byName.index;
  if (allowIndex && /^\d+$/.test(ref)) {
    const i = Number(ref);
    if (i < stages.length) return i;
  }
  return undefined;
}

/** Stage dependencies (FROM stage, COPY --from, RUN --mount from=) and unregistered states. */
export function stageDependencies(stages: readonly RawStage[], engine: EngineProfile): { deps: number[][]; unregistered: number } {
  const unregistered = new Set<string>();
  const deps = stages.map((stage) => {
    const out: number[] = [];
    const base = findStage(stages.slice(0, stage.index), stage.baseName, false);
    if (base !== undefined) out.push(base);
    for (const ins of stage.instructions) {
      const flags = readFlags(ins.flags);
      const refs: string[] = [];
      if (ins.keyword === 'copy') {
        const from = flags.get('from');
        if (from !== undefined) refs.push(from);
      }
      if (ins.keyword === 'run') {
        for (const m of flags.all('mount')) {
          const { from, type } = mountFrom(m);
          if (from !== undefined && from !== '') refs.push(from);
          else if (engine.mountsWithoutFromAddState === 'all' || type === 'cache') unregistered.add('scratch');
        }
      }
      for (const ref of refs) {
        const dep = findStage(stages, ref, true);
        if (dep !== undefined && dep < stage.index) out.push(dep);
        else if (dep !== undefined) continue;
        else unregistered.add(ref);
      }
    }
    return out;
  });
  return { deps, unregistered: unregistered.size };
}

/** Which stages the target needs (itself plus everything it depends on). */
export function reachableStages(deps: readonly (readonly number[])[], target: number): Set<number> {
  const seen = new Set<number>();
  const visit = (i: number): void => {
    if (seen.has(i)) return;
    seen.add(i);
    for (const d of deps[i] ?? []) visit(d);
  };
  visit(target);
  return seen;
}
