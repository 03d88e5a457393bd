/** The Real build panel (prediction beside reality, step by step) and the Real log panel (BuildKit's own output). */
import { english, type Translate } from '../i18n.ts';
import { compareView, type CompareRow } from '../real-build/compare.ts';
import type { BuildProgress } from '../real-build/progress.ts';
import { mixedEnginesNote } from '../real-build/request.ts';
import { h } from './dom.ts';

/** BuildKit's words stay; only our own "running…" is translated. */
const verdictText: Record<string, string> = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', error: 'FAILED' };

function cell(v: string | null, t: Translate): HTMLTableCellElement {
  const text = v === null ? '—' : v === 'started' ? t('pg.real.verdict.running') : verdictText[v] ?? v;
  return h('td', { class: `pg-v-${v ?? 'none'}`, text });
}

function mark(r: CompareRow, t: Translate): HTMLTableCellElement {
  const text = { match: t('pg.real.mark.match'), mismatch: t('pg.real.mark.differs'), pending: '…', 'not-built': t('pg.real.mark.notBuilt') }[r.status];
  return h('td', { class: 'pg-real-mark', text });
}

function table(rows: readonly CompareRow[], t: Translate): HTMLElement {
  const body = h('tbody', {});
  for (const r of rows) {
    body.append(h('tr', { class: `pg-real-${r.status}`, 'data-step': r.step, 'data-status': r.status },
      h('td', {}, h('code', { text: r.step }), ...(r.explanation ? [h('p', { class: 'pg-real-why', text: r.explanation })] : [])),
      cell(r.predicted, t), cell(r.real, t), mark(r, t)));
  }
  const th = (text: string): HTMLTableCellElement => h('th', { scope: 'col', text });
  return h('table', { class: 'pg-compare pg-real-table' },
    h('thead', {}, h('tr', {}, th(t('pg.real.col.step')), th(t('pg.real.col.predicted')), th(t('pg.real.col.real')), th(''))),
    body);
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function section(b: BuildProgress, first: boolean, t: Translate): HTMLElement {
  const view = compareView(b, t);
  const reset = b.cacheReset !== null && !(first && b.cacheReset === 'first-build') ? h('p', { class: 'pg-real-reset', text: t(`pg.real.reset.${b.cacheReset}`) }) : null;
  const time = b.result ? ` · ${(b.result.durationMs / 1000).toFixed(1)} s` : '';
  return h('section', { class: 'pg-real-build', 'data-phase': b.phase, 'data-mismatches': String(view.mismatches), 'aria-label': b.planned.label },
    h('h3', {}, `${b.planned.label} `, h('span', { class: 'pg-muted', text: `${t('pg.real.on', { engine: b.planned.body.engine })}${time}` })),
    h('p', { class: `pg-summary pg-real-summary-${b.phase === 'done' && view.mismatches === 0 ? 'ok' : b.phase}`, text: sentence(view.detail) }),
    ...(reset ? [reset] : []),
    ...(view.rows.length > 0 ? [table(view.rows, t)] : []));
}

function headline(builds: readonly BuildProgress[], done: number, mismatches: number, t: Translate): string {
  if (builds.length === 0 || done < builds.length) return t('pg.real.head.progress', { done, total: builds.length });
  if (mismatches === 0) return t('pg.real.head.allOk', { n: builds.length });
  return mismatches === 1 ? t('pg.real.head.oneDiffers') : t('pg.real.head.manyDiffer', { n: mismatches });
}

/** Renders every build of the replay, newest last, in `t`'s language (BuildKit's words and step names kept). */
export function renderRealPanel(container: HTMLElement, builds: readonly BuildProgress[], t: Translate = english): void {
  const done = builds.filter((b) => b.phase === 'done');
  const mismatches = done.reduce((n, b) => n + compareView(b, t).mismatches, 0);
  const all = builds.length > 0 && done.length === builds.length;
  const note = mixedEnginesNote(builds.map((b) => b.planned), t);
  container.replaceChildren(
    h('p', { class: 'pg-summary', 'data-part': 'real-summary', 'data-done': String(all), 'data-mismatches': String(mismatches), text: headline(builds, done.length, mismatches, t) }),
    ...(note ? [h('p', { class: 'pg-real-reset', text: note })] : []),
    ...builds.map((b, i) => section(b, i === 0, t)));
}

/** BuildKit's plain progress, build by build (our header line translated, BuildKit's lines as printed). */
export function renderRealLog(container: HTMLElement, builds: readonly BuildProgress[], t: Translate = english): void {
  container.textContent = builds
    .filter((b) => b.phase !== 'waiting')
    .map((b) => {
      const error = b.error ?? (b.phase === 'failed' ? t('pg.real.buildFailed') : null);
      return `${t('pg.real.logHead', { label: b.planned.label, engine: b.planned.body.engine })}\n${b.log.join('\n')}${error ? `\n\n(${error})` : ''}`;
    })
    .join('\n\n');
}
