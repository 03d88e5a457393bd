/** The stage DAG as parallel lanes in SVG: stages as boxes on a time axis, dependencies as edges, critical path marked. */
import type { StageView, StepView } from '../protocol.ts';
import { english, type Translate } from '../i18n.ts';
import { h, seconds, svg } from './dom.ts';

const laneHeight = 46;
const left = 8;
const width = 470;

/** Renders the lanes; unused stages (not needed by the target) are drawn faded; a strip in each box shows its steps. */
export function renderDag(container: HTMLElement, stages: readonly StageView[], steps: readonly StepView[] = [], t: Translate = english): void {
  if (stages.length === 0) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: t('pg.dag.empty') }));
    return;
  }
  const lanes = Math.max(...stages.map((s) => s.lane)) + 1;
  const end = Math.max(1e-9, ...stages.map((s) => s.end));
  // Boxes follow time, but a box is never narrower than its label and never starts before the boxes it
  // depends on end; the time scale is the largest that still fits the panel (labels win over scale).
  const place = (k: number): Map<number, { x0: number; x1: number; y: number }> => {
    const boxes = new Map<number, { x0: number; x1: number; y: number }>();
    const laneEnd = new Map<number, number>();
    for (const s of [...stages].sort((a, b) => a.start - b.start || a.index - b.index)) {
      const after = Math.max(left, ...s.deps.map((d) => (boxes.get(d)?.x1 ?? 0) + 18));
      const x0 = Math.max(left + k * s.start, after, (laneEnd.get(s.lane) ?? 0) + 6);
      const x1 = Math.max(x0 + k * (s.end - s.start), x0 + 16 + 7.4 * label(s).length);
      boxes.set(s.index, { x0, x1, y: 8 + s.lane * laneHeight });
      laneEnd.set(s.lane, x1);
    }
    return boxes;
  };
  const spanOf = (b: Map<number, { x1: number }>): number => Math.max(0, ...[...b.values()].map((v) => v.x1 + left));
  let lo = 0;
  let hi = (width - 2 * left) / end;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (spanOf(place(mid)) <= width) lo = mid;
    else hi = mid;
  }
  const boxes = place(spanOf(place(hi)) <= width ? hi : lo);
  const box = (s: StageView): { x0: number; x1: number; y: number } => boxes.get(s.index) ?? { x0: left, x1: left + 100, y: 8 };
  const span = Math.max(width, spanOf(boxes));
  const height = 16 + lanes * laneHeight + 18;
  const root = svg('svg', { viewBox: `0 0 ${span} ${height}`, width: Math.ceil(span), height, class: 'pg-dag', role: 'img', 'aria-label': dagLabel(stages, lanes, t) });
  root.append(svg('defs', {}, svg('marker', { id: 'pg-arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 6, markerHeight: 6, orient: 'auto' }, svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'pg-dag-arrow' }))));
  for (let lane = 0; lane < lanes; lane++) root.append(svg('rect', { x: 0, y: 4 + lane * laneHeight, width: span, height: laneHeight - 4, class: 'pg-dag-lane' }));
  for (const s of stages) {
    for (const d of s.deps) {
      const from = stages.find((o) => o.index === d);
      if (!from) continue;
      const a = box(from);
      const b = box(s);
      const critical = from.critical && s.critical;
      root.append(svg('path', { d: `M${a.x1},${a.y + 16} C${a.x1 + 20},${a.y + 16} ${b.x0 - 20},${b.y + 16} ${b.x0},${b.y + 16}`, class: `pg-dag-edge${critical ? ' pg-dag-critical' : ''}`, 'marker-end': 'url(#pg-arrow)' }));
    }
  }
  for (const s of stages) {
    const b = box(s);
    const g = svg('g', { class: `pg-dag-stage${s.critical ? ' pg-dag-critical' : ''}${s.used ? '' : ' pg-dag-unused'}`, 'data-stage': s.name, 'data-lane': s.lane });
    g.append(svg('title', {}, `${s.name}: ${seconds(s.start)} → ${seconds(s.end)}${s.critical ? t('pg.dag.critical') : ''}`));
    g.append(svg('rect', { x: b.x0, y: b.y, width: b.x1 - b.x0, height: 32, rx: 6 }));
    g.append(svg('text', { x: b.x0 + 6, y: b.y + 18 }, label(s)));
    g.append(...stepStrip(steps.filter((st) => st.stage === s.name), b.x0 + 4, b.x1 - 4, b.y + 24));
    root.append(g);
  }
  root.append(svg('text', { x: left, y: height - 4, class: 'pg-dag-axis' }, t('pg.dag.axis', { end: seconds(end) })));
  const legend = h('p', { class: 'pg-muted' }, t(lanes === 1 ? 'pg.dag.legendOne' : 'pg.dag.legendMany', { n: lanes }));
  container.replaceChildren(h('div', { class: 'pg-dag-scroll' }, root), legend);
}

/** A stage box's label: its name and its time on this rebuild. */
function label(s: StageView): string {
  return `${s.name} · ${seconds(s.end - s.start)}`;
}

/** Cached and run steps of a stage as a strip of segments, each as wide as its share of the stage's time. */
function stepStrip(steps: readonly StepView[], x0: number, x1: number, y: number): SVGElement[] {
  const cost = (st: StepView): number => (st.verdict === 'run' ? Math.max(st.seconds, 0.05) : 0.05);
  const total = steps.reduce((n, st) => n + cost(st), 0);
  let x = x0;
  return steps.map((st) => {
    const w = total === 0 ? 0 : ((x1 - x0) * cost(st)) / total;
    const seg = svg('rect', { x, y, width: Math.max(w - 1, 1), height: 5, class: `pg-dag-step pg-dag-step-${st.verdict}` }, svg('title', {}, `${st.verdict.toUpperCase()} ${st.name}`));
    x += w;
    return seg;
  });
}

function dagLabel(stages: readonly StageView[], lanes: number, t: Translate): string {
  const critical = stages.filter((s) => s.critical).map((s) => s.name).join(' → ');
  return t('pg.dag.aria', { stages: stages.length, lanes, critical: critical || t('pg.dag.none') });
}
