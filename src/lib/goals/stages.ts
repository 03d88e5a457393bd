/** Goals about the stage graph: the final image's base, parallel stages, and what --target builds. */
import type { Goal } from '../lessons/goal-schema.ts';
import { flagsOf } from './flags.ts';
import { failed, passed, unavailable, verdict, type Outcome } from './outcome.ts';
import type { GoalCore, GoalEngine, LessonFiles, StageGraph, StageInfo } from './types.ts';

type Kind<K extends Goal['kind']> = Extract<Goal, { kind: K }>;

/** `docker.io/library/golang:1.22-alpine` → `{ name: 'golang', tag: '1.22-alpine' }`. */
export function shortImage(ref: string): { readonly name: string; readonly tag: string | undefined } {
  const noDigest = ref.split('@')[0] ?? ref;
  const colon = noDigest.lastIndexOf(':');
  const hasTag = colon > noDigest.lastIndexOf('/');
  const name = (hasTag ? noDigest.slice(0, colon) : noDigest).replace(/^(docker\.io\/|index\.docker\.io\/)?(library\/)?/, '');
  return { name, tag: hasTag ? noDigest.slice(colon + 1) : undefined };
}

/** What the final image sits on: the target's base followed through `FROM <stage>`; undefined without a target. */
export function finalBase(graph: StageGraph): StageInfo['base'] | undefined {
  let index = graph.target;
  for (let hops = 0; index !== undefined && hops <= graph.stages.length; hops++) {
    const base = graph.stages[index]?.base;
    if (base?.kind !== 'stage') return base;
    index = base.index;
  }
  return undefined;
}

function baseText(base: StageInfo['base'] | undefined): string {
  if (base === undefined) return '(none)';
  return base.kind === 'image' ? base.ref : base.kind;
}

/** The final image does not sit on a Go toolchain image. */
export function evaluateNoToolchain(goal: Kind<'finalImageNoToolchain'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.stages === undefined) return unavailable('stages');
  const base = finalBase(core.stages(files, flagsOf(goal.settings), engine));
  if (base === undefined) return failed('The Dockerfile has no final stage.', 'Dockerfile 没有最终阶段。');
  const toolchain = base.kind === 'image' && /(^|\/)golang$/.test(shortImage(base.ref).name);
  const text = baseText(base);
  return verdict(!toolchain, [`The final image starts from ${text}.`, `最终镜像基于 ${text}。`], [
    `The final image starts from ${text}, which carries the whole Go toolchain.`,
    `最终镜像基于 ${text}，整套 Go 工具链都在里面。`,
  ]);
}

/** The final image's base is one of the accepted images. */
export function evaluateFinalFrom(goal: Kind<'finalImageFrom'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.stages === undefined) return unavailable('stages');
  const base = finalBase(core.stages(files, flagsOf(goal.settings), engine));
  const got = base?.kind === 'image' ? shortImage(base.ref) : base?.kind === 'scratch' ? { name: 'scratch', tag: undefined } : undefined;
  const ok = got !== undefined && goal.images.some((img) => {
    const want = shortImage(img);
    return want.name === got.name && (want.tag === undefined || want.tag === got.tag);
  });
  const text = baseText(base);
  const wanted = goal.images.join(', ');
  return verdict(ok, [`The final image starts from ${text}.`, `最终镜像基于 ${text}。`], [
    `The final image starts from ${text}, not one of: ${wanted}.`,
    `最终镜像基于 ${text}，不在这些镜像之中：${wanted}。`,
  ]);
}

function ancestors(graph: StageGraph, index: number): Set<number> {
  const seen = new Set<number>();
  const todo = [...(graph.stages[index]?.needs ?? [])];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(graph.stages[next]?.needs ?? []));
  }
  return seen;
}

function indexOfStage(graph: StageGraph, name: string): number {
  return graph.stages.findIndex((s) => s.name === name.toLowerCase());
}

/** No listed stage needs another, so BuildKit can build them at the same time. */
export function evaluateParallel(goal: Kind<'stagesParallel'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.stages === undefined) return unavailable('stages');
  const graph = core.stages(files, flagsOf(undefined), engine);
  const indexes = goal.stages.map((name) => indexOfStage(graph, name));
  const missing = goal.stages.filter((_, i) => indexes[i] === -1);
  if (missing.length > 0) return failed(`No stage named ${missing.join(', ')}.`, `没有名为 ${missing.join(', ')} 的阶段。`);
  for (const [i, a] of indexes.entries()) {
    const needs = ancestors(graph, a);
    const blocker = indexes.find((b) => b !== a && needs.has(b));
    if (blocker !== undefined) {
      const [x, y] = [goal.stages[i], graph.stages[blocker]?.name];
      return failed(`Stage ${x} waits for stage ${y}.`, `阶段 ${x} 要等阶段 ${y} 完成。`);
    }
  }
  const list = goal.stages.join(', ');
  return passed(`Stages ${list} do not depend on each other.`, `阶段 ${list} 互不依赖。`);
}

/** With --target, exactly the listed stages are built. */
export function evaluateTargetOnly(goal: Kind<'targetBuildsOnly'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.stages === undefined) return unavailable('stages');
  const graph = core.stages(files, { buildArgs: {}, target: goal.target }, engine);
  if (graph.target === undefined || graph.stages[graph.target]?.name !== goal.target.toLowerCase()) {
    return failed(`There is no stage ${goal.target} to target.`, `没有可以作为 --target 的阶段 ${goal.target}。`);
  }
  const built = graph.stages.filter((s) => s.built).map((s) => s.name);
  const want = new Set(goal.stages.map((s) => s.toLowerCase()));
  const ok = built.length === want.size && built.every((s) => want.has(s));
  const list = built.join(', ');
  return verdict(ok, [`--target ${goal.target} builds: ${list}.`, `--target ${goal.target} 只构建：${list}。`], [
    `--target ${goal.target} builds: ${list}; expected: ${goal.stages.join(', ')}.`,
    `--target ${goal.target} 构建了：${list}；应当是：${goal.stages.join(', ')}。`,
  ]);
}
