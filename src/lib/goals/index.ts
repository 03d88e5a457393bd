/** Public API of live lesson goals: evaluateGoals(goals, files, engine) on top of the core. */
import type { Goal } from '../lessons/goal-schema.ts';
import { coreBridge } from './core-bridge.ts';
import { evaluateGoalsWith } from './evaluate.ts';
import type { GoalEngine, GoalResult, LessonFiles } from './types.ts';

export type { BuildFlags, CorePiece, GoalCore, GoalEngine, GoalResult, GoalState, LessonFiles, SimBuild, SimStep, StageGraph, StageInfo } from './types.ts';
export { evaluateGoalsWith } from './evaluate.ts';
export { applyEdits, withSolution } from './edits.ts';
export { coreBridge } from './core-bridge.ts';
export { instructionText, stepMatches } from './steps.ts';

/** Checks a lesson's goals on the learner's files with the real checker and simulator for one engine. */
export function evaluateGoals(goals: readonly Goal[], files: LessonFiles, engine: GoalEngine = 'modern'): readonly GoalResult[] {
  return evaluateGoalsWith(goals, files, engine, coreBridge);
}
