/** Messages between a lesson page and the goals worker. */
import type { Goal } from '../lessons/goal-schema.ts';
import type { GoalEngine, GoalState } from '../goals/types.ts';

/** Page → worker: check these goals on these files. */
export interface GoalsRequest {
  readonly seq: number;
  readonly goals: readonly Goal[];
  readonly files: Readonly<Record<string, string>>;
  readonly engine: GoalEngine;
}

/** One goal's outcome as the page shows it. */
export interface GoalStatus {
  readonly id: string;
  readonly state: GoalState;
  readonly detail: { readonly en: string; readonly 'zh-cn': string };
}

/** Worker → page. */
export interface GoalsResponse {
  readonly seq: number;
  readonly results: readonly GoalStatus[];
}
