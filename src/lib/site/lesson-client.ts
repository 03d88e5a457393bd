/** Lesson page enhancement: live goals (worker), Show solution (undoable), progress and the next-lesson unlock. */
import { initialState } from '../../editor/state/playground-state.ts';
import { toFileMap } from '../../editor/state/files.ts';
import type { GoalsRequest, GoalsResponse, GoalStatus } from './goals-protocol.ts';
import type { LessonData } from './lesson-data.ts';
import { loadProgress, markDone } from './progress.ts';
import { playgroundProbe } from './playground-link.ts';

/** Fired on `document` with every new set of goal results (embeds forward it to their host). */
export const goalsEvent = 'layerlab:goals';

function paintGoal(li: HTMLElement, status: GoalStatus | undefined, data: LessonData): void {
  const state = status?.state ?? 'failed';
  li.dataset['state'] = state;
  const mark = li.querySelector('[data-mark]');
  if (mark) mark.textContent = state === 'passed' ? '✔' : state === 'unavailable' ? '–' : '○';
  const text = li.querySelector('[data-state-text]');
  if (text) text.textContent = ` ${state === 'passed' ? data.strings.done : state === 'unavailable' ? data.strings.unavailable : data.strings.notYet}`;
  const detail = li.querySelector('[data-detail]');
  if (detail) detail.textContent = status && state !== 'passed' ? status.detail[data.lang] : '';
}

/** Wires one lesson (page or embed) whose data sits in `script[data-lesson]` inside `root`. */
export function initLesson(root: ParentNode): void {
  const script = root.querySelector('script[data-lesson]');
  if (!script?.textContent) return;
  const data = JSON.parse(script.textContent) as LessonData;
  const list = root.querySelector<HTMLElement>('[data-goals]');
  const status = root.querySelector<HTMLElement>('[data-lesson-status]');
  const next = root.querySelector<HTMLAnchorElement>('[data-next]');
  root.querySelector('[data-goals-nojs]')?.remove();
  const unlock = (): void => {
    if (!next) return;
    next.dataset['locked'] = 'false';
    const label = next.querySelector('[data-next-label]');
    if (label) label.textContent = data.strings.nextUnlocked;
  };
  if (loadProgress().has(data.slug)) unlock();

  const worker = new Worker(new URL('./goals-worker.ts', import.meta.url), { type: 'module', name: 'layerlab-goals' });
  let seq = 0;
  let busy = false;
  let pending = false;
  const ask = (): void => {
    const probe = playgroundProbe(data.playgroundId);
    if (!probe) return;
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    pending = false;
    const s = probe.state();
    const request: GoalsRequest = { seq: ++seq, goals: data.goals, files: toFileMap(s.workspace), engine: s.settings.engine };
    worker.postMessage(request);
  };
  worker.onmessage = (event: MessageEvent<GoalsResponse>) => {
    busy = false;
    const { results } = event.data;
    for (const li of list?.querySelectorAll<HTMLElement>('li[data-goal]') ?? []) paintGoal(li, results.find((r) => r.id === li.dataset['goal']), data);
    const all = results.length > 0 && results.every((r) => r.state === 'passed');
    if (list) list.dataset['allPassed'] = String(all);
    if (all) {
      markDone(data.slug);
      if (status && status.textContent !== data.strings.allDone) status.textContent = data.strings.allDone;
      unlock();
    }
    document.dispatchEvent(new CustomEvent(goalsEvent, { detail: results }));
    if (pending) ask();
  };
  document.addEventListener('layerlab:analysis', ask);
  ask();

  const solve = root.querySelector<HTMLButtonElement>('[data-show-solution]');
  if (solve && Object.keys(data.solution).length > 0) {
    solve.hidden = false;
    solve.addEventListener('click', () => {
      const probe = playgroundProbe(data.playgroundId);
      if (!probe) return;
      const solved = data.files.map((f) => (data.solution[f.path] === undefined ? f : { ...f, content: data.solution[f.path] ?? f.content }));
      const added = Object.entries(data.solution).filter(([p]) => !data.files.some((f) => f.path === p)).map(([path, content]) => ({ path, content }));
      const start = initialState({ id: data.playgroundId, files: [...solved, ...added], goals: [] });
      probe.replace({ ...start, settings: probe.state().settings }, data.strings.solutionShown);
      if (status) status.textContent = data.strings.solutionShown;
    });
  }
}
