/** Compare any two recorded builds, step by step. */
import { compareBuilds, type BuildRecord } from '../state/builds.ts';
import { english, type Translate } from '../i18n.ts';
import { h, megabytes, seconds } from './dom.ts';

/** Renders two build pickers and the comparison table. */
export function renderCompare(container: HTMLElement, builds: readonly BuildRecord[], pick: { a: number; b: number }, onPick: (a: number, b: number) => void, t: Translate = english): void {
  if (builds.length < 2) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: t('pg.compare.empty') }));
    return;
  }
  const a = builds.find((b) => b.id === pick.a) ?? builds[builds.length - 2]!;
  const b = builds.find((x) => x.id === pick.b) ?? builds[builds.length - 1]!;
  const select = (label: string, value: number, change: (v: number) => void): HTMLElement => {
    const s = h('select', { 'aria-label': label }, ...builds.map((x) => h('option', { value: x.id, text: t('pg.compare.build', { id: x.id }), selected: x.id === value })));
    s.addEventListener('change', () => change(Number(s.value)));
    return h('label', {}, `${label} `, s);
  };
  const cmp = compareBuilds(a, b);
  const rows = cmp.steps.map((s) =>
    h('tr', { class: s.changed ? 'pg-changed' : '' },
      h('td', {}, h('code', { text: s.name })),
      h('td', { class: `pg-v-${s.a ?? 'none'}`, text: s.a ?? '—' }),
      h('td', { class: `pg-v-${s.b ?? 'none'}`, text: s.b ?? '—' }),
    ),
  );
  const table = h('table', { class: 'pg-compare' },
    h('thead', {}, h('tr', {}, h('th', { text: t('pg.compare.step') }), h('th', { text: `#${a.id}` }), h('th', { text: `#${b.id}` }))),
    h('tbody', {}, ...rows));
  const files = t('pg.compare.files', { files: cmp.changedFiles.join(', ') || t('pg.compare.none') });
  const warm = t(cmp.warmDelta <= 0 ? 'pg.compare.faster' : 'pg.compare.slower', { time: seconds(Math.abs(cmp.warmDelta)) });
  const image = t(cmp.sizeDelta <= 0 ? 'pg.compare.smaller' : 'pg.compare.larger', { size: megabytes(Math.abs(cmp.sizeDelta)) });
  const delta = h('p', {}, t('pg.compare.delta', { files, warm, image }));
  container.replaceChildren(
    h('div', { class: 'pg-compare-pick' }, select(t('pg.compare.from'), a.id, (v) => onPick(v, b.id)), select(t('pg.compare.to'), b.id, (v) => onPick(a.id, v))),
    delta,
    table,
  );
}
