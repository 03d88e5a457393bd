/** Goals about step verdicts: build, change something, build again, and look at the matched steps. */
import type { StepMatcher } from '../lessons/goal-schema.ts';
import type { Goal } from '../lessons/goal-schema.ts';
import { applyEdits } from './edits.ts';
import { failed, passed, unavailable, type Outcome } from './outcome.ts';
import type { BuildFlags, GoalCore, GoalEngine, LessonFiles, SimStep } from './types.ts';
import { flagsOf } from './flags.ts';

type ChangeGoal = Extract<Goal, { kind: 'stepCachedAfterChange' | 'stepRunsAfterChange' }>;

/** The instruction text of a vertex name: `[builder 4/6] RUN go mod download` → `RUN go mod download`. */
export function instructionText(name: string): string {
  return name.replace(/^\[[^\]]*\]\s*/, '');
}

/** Whether a step vertex matches a goal's step matcher. */
export function stepMatches(step: SimStep, m: StepMatcher): boolean {
  const text = instructionText(step.name);
  if (m.instruction !== undefined && !text.startsWith(`${m.instruction} `)) return false;
  if (m.contains !== undefined && !text.includes(m.contains)) return false;
  return m.stage === undefined || step.stage === m.stage;
}

function describeMatcher(m: StepMatcher): string {
  return [m.stage && `[${m.stage}]`, m.instruction, m.contains && JSON.stringify(m.contains)].filter(Boolean).join(' ');
}

/** Runs the two builds of a change goal and checks every matched step of the second build. */
export function evaluateChangeGoal(goal: ChangeGoal, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  if (core.simulate === undefined) return unavailable('simulate');
  const changed = applyEdits(files, goal.change);
  if (!changed.ok) return failed(`The change cannot be applied: ${changed.error}.`, `无法应用这次修改：${changed.error}。`);
  const first: BuildFlags = flagsOf(goal.before);
  const second: BuildFlags = flagsOf(goal.after ?? goal.before);
  const builds = core.simulate([{ files, flags: first }, { files: changed.files, flags: second }], engine);
  const steps = builds[1] ?? [];
  const matched = steps.filter((s) => stepMatches(s, goal.step));
  const want = goal.kind === 'stepCachedAfterChange' ? 'cached' : 'run';
  const what = describeMatcher(goal.step);
  if (matched.length === 0) return failed(`No step matches ${what}.`, `没有与 ${what} 对应的步骤。`);
  const wrong = matched.filter((s) => s.verdict !== want);
  const list = (xs: readonly SimStep[]) => xs.map((s) => `${s.name}: ${s.verdict === 'cached' ? 'CACHED' : 'runs'}`).join('; ');
  if (wrong.length > 0) return failed(`After the change: ${list(wrong)}.`, `修改之后：${list(wrong)}。`);
  return passed(`After the change: ${list(matched)}.`, `修改之后：${list(matched)}。`);
}
