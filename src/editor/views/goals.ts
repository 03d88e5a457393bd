/** A lesson's goals, ticked when the current prediction meets them. */
import type { StepView } from '../protocol.ts';
import type { Goal } from '../state/playground-state.ts';
import { english, type Translate } from '../i18n.ts';
import { h } from './dom.ts';

/** True when a step whose name contains `goal.step` has the wanted verdict. */
export function goalMet(goal: Goal, steps: readonly StepView[]): boolean {
  return steps.some((s) => s.name.includes(goal.step) && s.verdict === goal.verdict);
}

/** Renders the goal checklist. */
export function renderGoals(container: HTMLElement, goals: readonly Goal[], steps: readonly StepView[], hasBuilds: boolean, t: Translate = english): void {
  container.hidden = goals.length === 0;
  const items = goals.map((g) => {
    const met = hasBuilds && goalMet(g, steps);
    return h('li', { class: met ? 'pg-goal-met' : '', 'data-met': String(met) }, h('span', { 'aria-hidden': 'true', text: met ? '✔ ' : '○ ' }), g.text, h('span', { class: 'visually-hidden', text: ` ${t(met ? 'lesson.goalDone' : 'lesson.goalNotYet')}` }));
  });
  container.replaceChildren(h('h2', { text: t('lesson.goals') }), h('ul', { class: 'pg-goals' }, ...items));
}
