/** Web worker: evaluates a lesson's goals with the real checker and simulator, off the main thread. */
import { evaluateGoals } from '../goals/index.ts';
import type { GoalsRequest, GoalsResponse } from './goals-protocol.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<GoalsRequest>) => void) | null; postMessage: (m: GoalsResponse) => void };

scope.onmessage = (event) => {
  const { seq, goals, files, engine } = event.data;
  const results = evaluateGoals(goals, { files }, engine).map((r) => ({ id: r.goal.id, state: r.state, detail: r.detail }));
  scope.postMessage({ seq, results });
};
