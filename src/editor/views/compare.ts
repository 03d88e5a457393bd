/** Compare any two recorded builds, step by step. */
import { compareBuilds, type BuildRecord } from '../state/builds.ts';
import { h, megabytes, seconds } from './dom.ts';

/** Renders two build pickers and the comparison table. */
export function renderCompare(container: HTMLElement, builds: readonly BuildRecord[], pick: { a: number; b: number }, onPick: (a: number, b: number) => void): void {
  if (builds.length < 2) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: 'Record two builds to compare them.' }));
    return;
  }
  const a = builds.find((b) => b.id === pick.a) ?? builds[builds.length - 2]!;
  const b = builds.find((x) => x.id === pick.b) ?? builds[builds.length - 1]!;
  const select = (label: string, value: number, change: (v: number) => void): HTMLElement => {
    const s = h('select', { 'aria-label': label }, ...builds.map((x) => h('option', { value: x.id, text: `Build #${x.id}`, selected: x.id === value })));
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
    h('thead', {}, h('tr', {}, h('th', { text: 'Step' }), h('th', { text: `#${a.id}` }), h('th', { text: `#${b.id}` }))),
    h('tbody', {}, ...rows));
  const delta = h('p', {}, `Files changed: ${cmp.changedFiles.join(', ') || 'none'}. Warm build ${cmp.warmDelta <= 0 ? 'faster' : 'slower'} by ${seconds(Math.abs(cmp.warmDelta))}; image ${cmp.sizeDelta <= 0 ? 'smaller' : 'larger'} by ${megabytes(Math.abs(cmp.sizeDelta))}.`);
  container.replaceChildren(
    h('div', { class: 'pg-compare-pick' }, select('From', a.id, (v) => onPick(v, b.id)), select('To', b.id, (v) => onPick(a.id, v))),
    delta,
    table,
  );
}
