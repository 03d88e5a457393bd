/** Lane packing for the stage DAG, and rough step durations used only when the core scheduler gives no timing. */
import type { Step } from '../core/graph/types.ts';
import type { StageView, Verdict } from './protocol.ts';

/** Seconds a step takes when it runs (a Go-flavoured guess from the op). */
export function stepSeconds(step: Step): number {
  const op = step.op;
  switch (op.kind) {
    case 'exec': {
      const c = op.command;
      const cacheMounts = op.mounts.filter((m) => m.type === 'cache').length;
      if (/go mod download/.test(c)) return cacheMounts > 0 ? 6 : 24;
      if (/go (build|install)/.test(c)) return cacheMounts > 0 ? 9 : 38;
      if (/go test/.test(c)) return 20;
      if (/apk add|apt-get|yum|dnf/.test(c)) return 14;
      return 2;
    }
    case 'file-copy':
      return op.fromStage !== undefined || op.fromImage !== undefined ? 0.4 : 0.6;
    case 'image':
      return 4;
    case 'http':
    case 'git':
      return 3;
    case 'mkdir':
    case 'merge':
    case 'cache-permissions':
      return 0.1;
    default: {
      const never: never = op;
      throw new Error(`unknown op ${String(never)}`);
    }
  }
}

/** A stage before lane packing. */
interface Placed {
  readonly index: number;
  readonly name: string;
  readonly base: string;
  readonly deps: readonly number[];
  readonly used: boolean;
  readonly start: number;
  readonly end: number;
  readonly critical: boolean;
}

/** Packs stages into lanes: each takes the first lane free when it starts, so parallel stages sit side by side. */
export function packLanes(stages: readonly Placed[]): StageView[] {
  const laneEnds: number[] = [];
  const lane = new Map<number, number>();
  for (const s of [...stages].sort((a, b) => a.start - b.start || a.index - b.index)) {
    let l = laneEnds.findIndex((e) => e <= s.start + 1e-9);
    if (l < 0) l = laneEnds.length;
    laneEnds[l] = Math.max(s.end, s.start + 1e-6);
    lane.set(s.index, l);
  }
  return [...stages].sort((a, b) => a.index - b.index).map((s) => ({ ...s, lane: lane.get(s.index) ?? 0 }));
}

/** Stage views from the scheduler's stage times (stages without steps sit where their base ends). */
export function placeStages(
  nodes: readonly { index: number; name: string; base: string; deps: readonly number[]; used: boolean }[],
  timing: { readonly stages: ReadonlyMap<number, { readonly start: number; readonly end: number; readonly critical: boolean }> },
): StageView[] {
  const at = (index: number, seen: Set<number>): { start: number; end: number; critical: boolean } => {
    const t = timing.stages.get(index);
    if (t) return t;
    const node = nodes.find((n) => n.index === index);
    if (!node || seen.has(index)) return { start: 0, end: 0, critical: false };
    seen.add(index);
    const end = Math.max(0, ...node.deps.map((d) => at(d, seen).end));
    return { start: end, end, critical: false };
  };
  return packLanes(nodes.map((n) => ({ index: n.index, name: n.name, base: n.base, deps: n.deps, used: n.used, ...at(n.index, new Set()) })));
}

/** Fallback placement from step durations: a stage starts when its deps end; critical path to the target. */
export function layoutStages(stages: readonly { index: number; name: string; base: string; deps: readonly number[]; seconds: number; used: boolean }[], target: number | undefined): StageView[] {
  const end = new Map<number, number>();
  const start = new Map<number, number>();
  const order = [...stages].sort((a, b) => a.index - b.index);
  for (const s of order) {
    const t0 = Math.max(0, ...s.deps.map((d) => end.get(d) ?? 0));
    start.set(s.index, t0);
    end.set(s.index, t0 + (s.used ? s.seconds : 0));
  }
  const critical = new Set<number>();
  let cur = target ?? order[order.length - 1]?.index;
  while (cur !== undefined && !critical.has(cur)) {
    critical.add(cur);
    const deps = stages.find((s) => s.index === cur)?.deps ?? [];
    cur = deps.length === 0 ? undefined : deps.reduce((a, b) => ((end.get(b) ?? 0) > (end.get(a) ?? 0) ? b : a));
  }
  return packLanes(order.map((s) => ({ index: s.index, name: s.name, base: s.base, deps: s.deps, used: s.used, start: start.get(s.index) ?? 0, end: end.get(s.index) ?? 0, critical: critical.has(s.index) })));
}

/** Sum of step seconds for the given verdicts. */
export function totalSeconds(steps: readonly { seconds: number; verdict: Verdict }[], counted: (v: Verdict) => boolean): number {
  return steps.filter((s) => counted(s.verdict)).reduce((n, s) => n + s.seconds, 0);
}
