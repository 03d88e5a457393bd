/** The step list: every vertex cached, run or skipped, with its cause chain; clicking shows the cause in the editor. */
import type { Cause, StepView } from '../protocol.ts';
import { causeText, english, type Translate } from '../i18n.ts';
import { h, seconds } from './dom.ts';

/** What a click on a step or a cause asks for. */
export interface StepActions {
  readonly showStep: (step: StepView) => void;
  readonly showCause: (cause: Cause) => void;
}

const badge = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED' } as const;

/** Whether the steps are the live prediction or a build just recorded. */
export type StepsMode = { readonly kind: 'live'; readonly hasBuilds: boolean } | { readonly kind: 'recorded'; readonly id: number };

/** Renders the steps with a summary line; `selected` is the step name shown in the editor. */
export function renderSteps(container: HTMLElement, steps: readonly StepView[], mode: StepsMode, selected: string | null, actions: StepActions, t: Translate = english): void {
  if (steps.length === 0) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: t('pg.steps.empty') }));
    return;
  }
  const cached = steps.filter((s) => s.verdict === 'cached').length;
  const run = steps.filter((s) => s.verdict === 'run').length;
  const text = mode.kind === 'recorded'
    ? t('pg.steps.recorded', { id: mode.id, cached, total: steps.length, run })
    : mode.hasBuilds
      ? t('pg.steps.rebuild', { cached, total: steps.length, run })
      : t('pg.steps.first', { run });
  const summary = h('p', { class: 'pg-summary', 'data-mode': mode.kind }, text);
  const list = h('ol', { class: 'pg-steps', 'aria-label': t('pg.steps.aria') });
  for (const step of steps) {
    const head = h('button', { type: 'button', class: 'pg-step-head', title: t('pg.steps.showCause') },
      h('span', { class: `pg-badge pg-badge-${step.verdict}`, text: badge[step.verdict] }),
      h('code', { class: 'pg-step-name', text: step.name }),
      h('span', { class: 'pg-step-time', text: step.verdict === 'run' ? seconds(step.seconds) : '' }),
    );
    head.addEventListener('click', () => actions.showStep(step));
    const causes = h('ol', { class: 'pg-causes', 'aria-label': t(step.verdict === 'cached' ? 'pg.steps.whyCached' : 'pg.steps.whyRun') });
    for (const cause of step.causes) {
      const text = h('span', { text: causeText(cause, t) });
      const li = h('li', {}, text);
      if (cause.file !== undefined || cause.range !== undefined) {
        const link = h('button', { type: 'button', class: 'pg-cause-link', text: cause.file ? t('pg.steps.showFile', { file: cause.file }) : t('pg.steps.showLine') });
        link.addEventListener('click', () => actions.showCause(cause));
        li.append(' ', link);
      }
      causes.append(li);
    }
    list.append(h('li', { class: `pg-step pg-step-${step.verdict}`, 'data-step': step.name, 'data-verdict': step.verdict, 'aria-current': step.name === selected ? 'true' : undefined }, head, causes));
  }
  container.replaceChildren(summary, list);
}
