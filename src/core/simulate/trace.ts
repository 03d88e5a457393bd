/** What the simulator remembers of a step from the previous build, to explain differences. */
import type { Digest } from '../cache/hash.ts';
import type { PlannedStep, StageBase } from '../cache/types.ts';
import type { Cause, FileChange } from './causes.ts';
import type { Verdict } from './types.ts';

/** The previous build's view of one step. */
export interface StepTrace {
  readonly step: PlannedStep;
  readonly base: StageBase;
  readonly read: ReadonlyMap<string, Digest>;
  readonly key: Digest;
  readonly verdict: Verdict;
}

/** Diffs the context files a step read in two builds. */
export function diffReads(before: ReadonlyMap<string, Digest>, after: ReadonlyMap<string, Digest>, modeOnly: (path: string) => boolean): FileChange[] {
  const out: FileChange[] = [];
  for (const [p, d] of after) {
    const old = before.get(p);
    if (old === undefined) out.push({ path: p, change: 'added' });
    else if (old !== d) out.push({ path: p, change: modeOnly(p) ? 'mode' : 'modified' });
  }
  for (const p of before.keys()) if (!after.has(p)) out.push({ path: p, change: 'deleted' });
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function baseLabel(base: StageBase): string {
  return base.kind === 'image' ? base.ref : base.kind === 'scratch' ? 'scratch' : `stage ${base.stage}`;
}

/** Explains why a step's definition differs from the previous build's step at the same place. */
export function definitionCauses(before: StepTrace, after: PlannedStep): Cause[] {
  const a = before.step.op;
  const b = after.op;
  const causes: Cause[] = [];
  if (a.kind === 'exec' && b.kind === 'exec') {
    const names = new Set([...a.env.map((e) => e.name), ...b.env.map((e) => e.name)]);
    for (const name of names) {
      const x = a.env.find((e) => e.name === name);
      const y = b.env.find((e) => e.name === name);
      if (x?.value === y?.value) continue;
      const isArg = (x && x.origin !== 'env') || (y && y.origin !== 'env');
      causes.push({ kind: isArg ? 'build-arg-changed' : 'env-changed', name, before: x?.value, after: y?.value });
    }
  }
  if ((a.kind === 'exec' && b.kind === 'exec') || (a.kind === 'mkdir' && b.kind === 'mkdir')) {
    if (a.user !== b.user) causes.push({ kind: 'user-changed', before: a.user, after: b.user });
  }
  if (a.kind === 'mkdir' && b.kind === 'mkdir' && a.path !== b.path) causes.push({ kind: 'workdir-changed', before: a.path, after: b.path });
  if (a.kind === 'mkdir' && b.kind === 'mkdir' && a.epoch !== b.epoch) causes.push({ kind: 'build-arg-changed', name: 'SOURCE_DATE_EPOCH', before: a.epoch || undefined, after: b.epoch || undefined });
  if (a.kind === 'copy' && b.kind === 'copy' && a.dest !== b.dest) causes.push({ kind: 'destination-changed', before: a.dest, after: b.dest });
  if (a.kind === 'exec' && b.kind === 'exec' && a.cwd !== b.cwd) causes.push({ kind: 'workdir-changed', before: a.cwd, after: b.cwd });
  if (before.step.text !== after.text) causes.unshift({ kind: 'instruction-changed', before: before.step.text, after: after.text });
  else if (causes.length === 0) causes.push({ kind: 'expansion-changed' });
  return causes;
}

/** Describes a changed stage base. */
export function baseCause(before: StageBase, after: StageBase): Cause | undefined {
  const x = baseLabel(before);
  const y = baseLabel(after);
  return x === y ? undefined : { kind: 'base-image-changed', before: x, after: y };
}
