/** Goals answered by one core call or by the text: rule findings, the build context, image size, Dockerfile text. */
import type { Goal } from '../lessons/goal-schema.ts';
import { flagsOf } from './flags.ts';
import { failed, unavailable, verdict, type Outcome } from './outcome.ts';
import type { GoalCore, GoalEngine, LessonFiles } from './types.ts';

type Kind<K extends Goal['kind']> = Extract<Goal, { kind: K }>;

/** The checker reports (ruleFinding) or does not report (noRuleFinding) a rule. */
export function evaluateRule(goal: Kind<'ruleFinding' | 'noRuleFinding'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.check === undefined) return unavailable('check');
  const count = core.check(files, engine).filter((id) => id === goal.rule).length;
  const want = goal.kind === 'ruleFinding';
  return verdict((count > 0) === want, [
    count > 0 ? `The checker reports ${goal.rule} (${count}×).` : `The checker no longer reports ${goal.rule}.`,
    count > 0 ? `检查器报告了 ${goal.rule}（${count} 处）。` : `检查器不再报告 ${goal.rule}。`,
  ], [
    count > 0 ? `The checker still reports ${goal.rule} (${count}×).` : `The checker does not report ${goal.rule}.`,
    count > 0 ? `检查器仍然报告 ${goal.rule}（${count} 处）。` : `检查器没有报告 ${goal.rule}。`,
  ]);
}

function sentUnder(sent: readonly string[], path: string): readonly string[] {
  const clean = path.replace(/^\.\//, '').replace(/\/+$/, '');
  return sent.filter((p) => p === clean || p.startsWith(`${clean}/`));
}

/** A path is (contextIncludes) or is not (contextExcludes) sent in the build context. */
export function evaluateContext(goal: Kind<'contextExcludes' | 'contextIncludes'>, files: LessonFiles, core: GoalCore): Outcome {
  if (core.sentPaths === undefined) return unavailable('sentPaths');
  const sent = core.sentPaths(files);
  if (!sent.ok) return failed(`The context cannot be sent: ${sent.error}`, `构建上下文无法发送：${sent.error}`);
  const hits = sentUnder(sent.paths, goal.path);
  const shown = hits.slice(0, 3).join(', ');
  const include = goal.kind === 'contextIncludes';
  return verdict(include ? hits.length > 0 : hits.length === 0, [
    include ? `${goal.path} is sent to BuildKit.` : `${goal.path} stays on your machine.`,
    include ? `${goal.path} 会发送给 BuildKit。` : `${goal.path} 不会离开你的机器。`,
  ], [
    include ? `${goal.path} is not in the build context.` : `${goal.path} is still sent: ${shown}.`,
    include ? `${goal.path} 不在构建上下文里。` : `${goal.path} 仍被发送：${shown}。`,
  ]);
}

/** The estimated final image is smaller than the bound. */
export function evaluateImageSize(goal: Kind<'estimatedImageUnder'>, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.imageBytes === undefined) return unavailable('imageBytes');
  const mb = core.imageBytes(files, flagsOf(goal.settings), engine) / 1e6;
  const shown = mb.toFixed(1);
  return verdict(mb < goal.mb, [`Estimated image: ${shown} MB.`, `估计镜像大小：${shown} MB。`], [
    `Estimated image: ${shown} MB, over ${goal.mb} MB.`,
    `估计镜像大小：${shown} MB，超过了 ${goal.mb} MB。`,
  ]);
}

/** The Dockerfile matches (or does not match) a regular expression. */
export function evaluateText(goal: Kind<'dockerfileMatches'>, files: LessonFiles): Outcome {
  const text = files.files['Dockerfile'];
  if (text === undefined) return failed('There is no Dockerfile.', '没有 Dockerfile。');
  const found = new RegExp(goal.pattern, goal.flags).exec(text);
  const ok = goal.negate ? found === null : found !== null;
  const line = found?.[0].split('\n')[0] ?? '';
  return verdict(ok, [
    goal.negate ? 'The Dockerfile no longer has it.' : `Found: ${line}`,
    goal.negate ? 'Dockerfile 里已经没有它了。' : `找到：${line}`,
  ], [
    goal.negate ? `Still there: ${line}` : 'Not in the Dockerfile yet.',
    goal.negate ? `仍然存在：${line}` : 'Dockerfile 里还没有。',
  ]);
}
