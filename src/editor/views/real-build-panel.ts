/** The Real build panel (prediction beside reality, step by step) and the Real log panel (BuildKit's own output). */
import { compareView, type CompareRow } from '../real-build/compare.ts';
import type { BuildProgress } from '../real-build/progress.ts';
import { mixedEnginesNote } from '../real-build/request.ts';
import { h } from './dom.ts';

const verdictText: Record<string, string> = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', started: 'running…', error: 'FAILED' };

const resetText = {
  'first-build': 'The server started this build from an empty cache',
  evicted: 'Another session used the engine, so the server emptied its cache first; the prediction assumed your earlier builds were still cached',
  'after-failure': 'The build before it failed, so the server emptied the cache first; the prediction assumed it was intact',
} as const;

function cell(v: string | null): HTMLTableCellElement {
  return h('td', { class: `pg-v-${v ?? 'none'}`, text: v === null ? '—' : verdictText[v] ?? v });
}

function mark(r: CompareRow): HTMLTableCellElement {
  const text = { match: '✓ match', mismatch: '✗ differs', pending: '…', 'not-built': 'not built' }[r.status];
  return h('td', { class: 'pg-real-mark', text });
}

function table(rows: readonly CompareRow[]): HTMLElement {
  const body = h('tbody', {});
  for (const r of rows) {
    body.append(h('tr', { class: `pg-real-${r.status}`, 'data-step': r.step, 'data-status': r.status },
      h('td', {}, h('code', { text: r.step }), ...(r.explanation ? [h('p', { class: 'pg-real-why', text: r.explanation })] : [])),
      cell(r.predicted), cell(r.real), mark(r)));
  }
  return h('table', { class: 'pg-compare pg-real-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Step' }), h('th', { scope: 'col', text: 'Predicted' }), h('th', { scope: 'col', text: 'Real' }), h('th', { scope: 'col', text: '' }))),
    body);
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function section(b: BuildProgress, first: boolean): HTMLElement {
  const view = compareView(b);
  const reset = b.cacheReset !== null && !(first && b.cacheReset === 'first-build') ? h('p', { class: 'pg-real-reset', text: `${resetText[b.cacheReset]}.` }) : null;
  const time = b.result ? ` · ${(b.result.durationMs / 1000).toFixed(1)} s` : '';
  return h('section', { class: 'pg-real-build', 'data-phase': b.phase, 'data-mismatches': String(view.mismatches), 'aria-label': b.planned.label },
    h('h3', {}, `${b.planned.label} `, h('span', { class: 'pg-muted', text: `on ${b.planned.body.engine}${time}` })),
    h('p', { class: `pg-summary pg-real-summary-${b.phase === 'done' && view.mismatches === 0 ? 'ok' : b.phase}`, text: sentence(view.summary.slice(b.planned.label.length + 2)) }),
    ...(reset ? [reset] : []),
    ...(view.rows.length > 0 ? [table(view.rows)] : []));
}

/** Renders every build of the replay, newest last. */
export function renderRealPanel(container: HTMLElement, builds: readonly BuildProgress[]): void {
  const done = builds.filter((b) => b.phase === 'done');
  const mismatches = done.reduce((n, b) => n + compareView(b).mismatches, 0);
  const all = builds.length > 0 && done.length === builds.length;
  const head = all
    ? mismatches === 0 ? `All ${builds.length} builds ran on BuildKit exactly as Layerlab predicted.` : `${mismatches} ${mismatches === 1 ? 'step differs' : 'steps differ'} from the prediction; each says why below.`
    : `${done.length} of ${builds.length} builds done on BuildKit.`;
  const note = mixedEnginesNote(builds.map((b) => b.planned));
  container.replaceChildren(
    h('p', { class: 'pg-summary', 'data-part': 'real-summary', 'data-done': String(all), 'data-mismatches': String(mismatches), text: head }),
    ...(note ? [h('p', { class: 'pg-real-reset', text: note })] : []),
    ...builds.map((b, i) => section(b, i === 0)));
}

/** BuildKit's plain progress, build by build. */
export function renderRealLog(container: HTMLElement, builds: readonly BuildProgress[]): void {
  container.textContent = builds
    .filter((b) => b.phase !== 'waiting')
    .map((b) => `=== ${b.planned.label} on ${b.planned.body.engine} ===\n${b.log.join('\n')}${b.error ? `\n\n(${b.error})` : ''}`)
    .join('\n\n');
}
