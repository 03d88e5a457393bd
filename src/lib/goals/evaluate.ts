/** evaluateGoals: runs a lesson's goals on the learner's files with the checker and the simulator. */
import type { Goal } from '../lessons/goal-schema.ts';
import { failed, type Outcome } from './outcome.ts';
import { evaluateContext, evaluateImageSize, evaluateRule, evaluateText } from './simple.ts';
import { evaluateFinalFrom, evaluateNoToolchain, evaluateParallel, evaluateTargetOnly } from './stages.ts';
import { evaluateChangeGoal } from './steps.ts';
import type { GoalCore, GoalEngine, GoalResult, LessonFiles } from './types.ts';

function outcomeOf(goal: Goal, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  switch (goal.kind) {
    case 'stepCachedAfterChange':
    case 'stepRunsAfterChange':
      return evaluateChangeGoal(goal, files, engine, core);
    case 'ruleFinding':
    case 'noRuleFinding':
      return evaluateRule(goal, files, engine, core);
    case 'finalImageNoToolchain':
      return evaluateNoToolchain(goal, files, engine, core);
    case 'finalImageFrom':
      return evaluateFinalFrom(goal, files, engine, core);
    case 'estimatedImageUnder':
      return evaluateImageSize(goal, files, engine, core);
    case 'stagesParallel':
      return evaluateParallel(goal, files, engine, core);
    case 'targetBuildsOnly':
      return evaluateTargetOnly(goal, files, engine, core);
    case 'contextExcludes':
    case 'contextIncludes':
      return evaluateContext(goal, files, core);
    case 'dockerfileMatches':
      return evaluateText(goal, files);
    default: {
      const never: never = goal;
      return failed(`Unknown goal ${JSON.stringify(never)}`, `未知的目标 ${JSON.stringify(never)}`);
    }
  }
}

function safeOutcome(goal: Goal, files: LessonFiles, engine: GoalEngine, core: GoalCore): Outcome {
  try {
    return outcomeOf(goal, files, engine, core);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(`Could not check this goal: ${message}`, `无法检查这个目标：${message}`);
  }
}

/** Checks every goal on the files with the given core pieces; never throws. */
export function evaluateGoalsWith(goals: readonly Goal[], files: LessonFiles, engine: GoalEngine, core: GoalCore): readonly GoalResult[] {
  return goals.map((goal) => {
    const outcome = safeOutcome(goal, files, engine, core);
    return { goal, passed: outcome.state === 'passed', ...outcome };
  });
}
