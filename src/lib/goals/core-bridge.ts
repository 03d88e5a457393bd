/** The goal evaluator's view of the core: each GoalCore member maps our plain data onto one core module's public API. */
import { createContext, loadIgnore, transferContext } from '../../core/context/index.ts';
import { toStages } from '../../core/instructions/index.ts';
import type { StagesResult } from '../../core/instructions/index.ts';
import { check } from '../../core/rules/index.ts';
import { estimateImageSize } from '../../core/schedule/index.ts';
import { createSimulator, type BuildInput, type BuildResult } from '../../core/simulate/index.ts';
import { parseDockerfile } from '../../core/syntax/index.ts';
import type { BuildFlags, GoalCore, GoalEngine, LessonFiles, SimBuild, SimStep, StageGraph, StageInfo } from './types.ts';

const DOCKERFILE = 'Dockerfile';

function dockerfileText(files: LessonFiles): string {
  return files.files[DOCKERFILE] ?? '';
}

function stageNeeds(result: StagesResult, index: number): number[] {
  const stage = result.stages[index];
  if (stage === undefined) return [];
  const needs = stage.base.kind === 'stage' ? [stage.base.index] : [];
  for (const dep of stage.dependencies) {
    const state = result.states[dep.state];
    if (state?.kind === 'stage') needs.push(state.stage);
  }
  return [...new Set(needs)];
}

/** toStages (src/core/instructions) as a stage graph. */
export function stageGraph(files: LessonFiles, flags: BuildFlags, engine: GoalEngine): StageGraph {
  const tree = parseDockerfile(dockerfileText(files));
  const result = toStages(tree, { engine, buildArgs: flags.buildArgs, ...(flags.target !== undefined && { target: flags.target }) });
  const stages: StageInfo[] = result.stages.map((s, i) => ({
    name: s.name ?? `stage-${s.index}`,
    base: s.base.kind === 'image' ? { kind: 'image', ref: s.baseName } : s.base,
    needs: stageNeeds(result, i),
    built: s.reachable,
  }));
  return { stages, target: result.target };
}

/** The context transfer (src/core/context): which paths BuildKit receives for `COPY . .`. */
export function sentPaths(files: LessonFiles): { readonly ok: true; readonly paths: readonly string[] } | { readonly ok: false; readonly error: string } {
  const ctx = createContext(files.files, files.modes);
  const sent = transferContext(ctx, { ignore: loadIgnore(ctx, DOCKERFILE) });
  if (!sent.ok) return { ok: false, error: sent.error };
  return { ok: true, paths: [...sent.entries.values()].filter((e) => e.kind !== 'dir').map((e) => e.path) };
}

/** The checker (src/core/rules): rule ids reported on the Dockerfile, with the context files it can see. */
export function ruleIds(files: LessonFiles, engine: GoalEngine): readonly string[] {
  const findings = check({
    text: dockerfileText(files),
    path: DOCKERFILE,
    engine,
    context: { files: Object.keys(files.files), dockerignore: files.files['.dockerignore'] ?? null, goMod: files.files['go.mod'] ?? null },
  });
  return findings.map((f) => f.ruleId);
}

function simInput(build: SimBuild): BuildInput {
  const modes = build.files.modes ?? {};
  const context = new Map(Object.entries(build.files.files).map(([path, content]) => [path, { kind: 'file' as const, path, content, mode: parseInt(modes[path] ?? '0644', 8) }]));
  const isDir = (path: string) => Object.keys(build.files.files).some((p) => p.startsWith(`${path}/`));
  const dirModes = new Map(Object.entries(modes).filter(([path]) => isDir(path)).map(([path, mode]) => [path, parseInt(mode, 8)]));
  return { dockerfile: dockerfileText(build.files), context, dirModes, buildArgs: build.flags.buildArgs, ...(build.flags.target !== undefined && { target: build.flags.target }) };
}

function checked(result: BuildResult): BuildResult {
  if (result.errors.length > 0) throw new Error(result.errors.join('; '));
  return result;
}

/** The simulator (src/core/simulate): one cache shared by the builds, every printed step with its stage name. */
export function simulateBuilds(builds: readonly SimBuild[], engine: GoalEngine): readonly (readonly SimStep[])[] {
  const sim = createSimulator(engine);
  return builds.map((build) => {
    const result = checked(sim.build(simInput(build)));
    return result.steps.map((s) => ({ name: s.name, stage: result.plan.stages[s.stage]?.displayName ?? '', verdict: s.verdict }));
  });
}

/** The schedule's image size estimate (src/core/schedule) for one simulated build, in bytes. */
export function imageBytes(files: LessonFiles, flags: BuildFlags, engine: GoalEngine): number {
  const result = checked(createSimulator(engine).build(simInput({ files, flags })));
  return estimateImageSize(result).value * 1e6;
}

/** The core pieces, wired for goals. A member left out would make its goals `unavailable`. */
export const coreBridge: GoalCore = { stages: stageGraph, sentPaths, check: ruleIds, simulate: simulateBuilds, imageBytes };
