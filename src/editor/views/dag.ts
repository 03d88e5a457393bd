/** The stage DAG as parallel lanes in SVG: stages as boxes on a time axis, dependencies as edges, critical path marked. */
import type { StageView } from '../protocol.ts';
import { h, seconds, svg } from './dom.ts';

const laneHeight = 46;
const left = 8;
const width = 540;

/** Renders the lanes; unused stages (not needed by the target) are drawn faded. */
export function renderDag(container: HTMLElement, stages: readonly StageView[]): void {
  if (stages.length === 0) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: 'No stages yet.' }));
    return;
  }
  const lanes = Math.max(...stages.map((s) => s.lane)) + 1;
  const end = Math.max(1e-9, ...stages.map((s) => s.end));
  const minWidth = 104;
  const gap = 18;
  const depth = depths(stages);
  const maxDepth = Math.max(0, ...depth.values());
  const x = (t: number): number => left + (t / end) * (width - 2 * left - minWidth - gap * maxDepth);
  const box = (s: StageView): { x0: number; x1: number; y: number } => {
    const x0 = x(s.start) + gap * (depth.get(s.index) ?? 0);
    return { x0, x1: Math.max(x(s.end) + gap * (depth.get(s.index) ?? 0), x0 + minWidth), y: 8 + s.lane * laneHeight };
  };
  const height = 16 + lanes * laneHeight + 18;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'pg-dag', role: 'img', 'aria-label': dagLabel(stages, lanes) });
  root.append(svg('defs', {}, svg('marker', { id: 'pg-arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 6, markerHeight: 6, orient: 'auto' }, svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'pg-dag-arrow' }))));
  for (let lane = 0; lane < lanes; lane++) root.append(svg('rect', { x: 0, y: 4 + lane * laneHeight, width, height: laneHeight - 4, class: 'pg-dag-lane' }));
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
    g.append(svg('title', {}, `${s.name}: ${seconds(s.start)} → ${seconds(s.end)}${s.critical ? ' (critical path)' : ''}`));
    g.append(svg('rect', { x: b.x0, y: b.y, width: b.x1 - b.x0, height: 32, rx: 6 }));
    g.append(svg('text', { x: b.x0 + 6, y: b.y + 20 }, `${s.name} · ${seconds(s.end - s.start)}`));
    root.append(g);
  }
  root.append(svg('text', { x: left, y: height - 4, class: 'pg-dag-axis' }, `0 s — ${seconds(end)} (estimated, this rebuild)`));
  const legend = h('p', { class: 'pg-muted' }, `${lanes} lane${lanes === 1 ? '' : 's'}; red boxes form the critical path.`);
  container.replaceChildren(root, legend);
}

/** How many stages deep each stage sits (0 for stages with no stage dependencies). */
function depths(stages: readonly StageView[]): Map<number, number> {
  const out = new Map<number, number>();
  const visit = (s: StageView, seen: Set<number>): number => {
    const known = out.get(s.index);
    if (known !== undefined) return known;
    if (seen.has(s.index)) return 0;
    seen.add(s.index);
    const d = Math.max(-1, ...s.deps.map((i) => { const dep = stages.find((o) => o.index === i); return dep ? visit(dep, seen) : -1; })) + 1;
    out.set(s.index, d);
    return d;
  };
  for (const s of stages) visit(s, new Set());
  return out;
}

function dagLabel(stages: readonly StageView[], lanes: number): string {
  const critical = stages.filter((s) => s.critical).map((s) => s.name).join(' → ');
  return `Stage graph: ${stages.length} stages on ${lanes} parallel lanes; critical path ${critical || 'none'}.`;
}
