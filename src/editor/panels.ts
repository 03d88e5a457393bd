/** The results column: estimate bars, then Steps / Graph / Log / Compare / Problems tabs, settings and goals. */
import type { Fix, LspDiagnostic } from '../core/language/types.ts';
import type { AnalysisResult, BuildSettings, Cause, StepView } from './protocol.ts';
import type { Goal, PlaygroundState } from './state/playground-state.ts';
import type { Translate } from './i18n.ts';
import type { Parts } from './toolbar.ts';
import { renderBars } from './views/bars.ts';
import { renderCompare } from './views/compare.ts';
import { renderDag } from './views/dag.ts';
import { renderGoals } from './views/goals.ts';
import { renderProblems } from './views/problems.ts';
import { renderSettings } from './views/settings.ts';
import { renderSteps } from './views/steps.ts';

/** What the panels ask of the controller. */
export interface PanelActions {
  readonly showStep: (step: StepView) => void;
  readonly showCause: (cause: Cause) => void;
  readonly applyFix: (fix: Fix) => void;
  readonly showDiagnostic: (d: LspDiagnostic) => void;
  readonly pickCompare: (a: number, b: number) => void;
  readonly changeSettings: (settings: BuildSettings) => void;
}

/** Renders every panel from the latest analysis. */
export function renderPanels(parts: Parts, result: AnalysisResult | null, state: PlaygroundState, recorded: number | null, goals: readonly Goal[], selected: string | null, compare: { a: number; b: number }, actions: PanelActions, t: Translate): void {
  const hasBuilds = state.history.builds.length > 0;
  const steps = result?.steps ?? [];
  renderSteps(parts.steps, steps, recorded === null ? { kind: 'live', hasBuilds } : { kind: 'recorded', id: recorded }, selected, actions, t);
  renderDag(parts.graph, result?.stages ?? [], steps, t);
  parts.log.textContent = result?.log || t('pg.log.empty');
  renderCompare(parts.compare, state.history.builds, compare, actions.pickCompare, t);
  renderProblems(parts.problems, result?.diagnostics ?? [], actions.showDiagnostic, actions.applyFix, t);
  const builds = state.history.builds;
  const before = recorded === null ? builds[builds.length - 1] : builds[builds.length - 2];
  renderBars(parts.bars, result?.estimate ?? { coldSeconds: 0, warmSeconds: 0, imageBytes: 0 }, before?.estimate, recorded !== null, t);
  renderGoals(parts.goals, goals, steps, hasBuilds, t);
  if (!parts.settings.contains(document.activeElement)) {
    renderSettings(parts.settings, state.settings, (result?.stages ?? []).map((s) => s.name), actions.changeSettings, t);
  }
  const count = result?.diagnostics.length ?? 0;
  const problemsTab = parts.panelTabs.querySelector('[data-tab="problems"]');
  if (problemsTab) problemsTab.textContent = count > 0 ? t('pg.tab.problemsCount', { n: count }) : t('pg.tab.problems');
}

/** Wires the ARIA tabs of the results column (click and arrow keys). */
export function wirePanelTabs(tablist: HTMLElement): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement): void => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      const shown = tabs.filter((t) => !t.hidden || t === tab);
      const at = shown.indexOf(tab);
      const next = e.key === 'ArrowRight' ? shown[(at + 1) % shown.length] : e.key === 'ArrowLeft' ? shown[(at - 1 + shown.length) % shown.length] : undefined;
      if (next) {
        select(next);
        next.focus();
      }
    });
  }
}
