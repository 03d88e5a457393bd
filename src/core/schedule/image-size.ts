/** Final image size estimate: base image from the table plus what the final stage adds. */
import type { BuildPlan, PlannedStep, StageBase } from '../cache/types.ts';
import type { BuildResult } from '../simulate/types.ts';
import { baseImageSize, GO_BINARY_MB, PACKAGE_MB } from './base-images.ts';
import type { Estimate } from './durations.ts';

/** One contribution to the image size. */
export interface SizePart {
  readonly what: string;
  readonly mb: number;
}

/** The estimate with its parts. */
export interface ImageSizeEstimate extends Estimate {
  readonly parts: readonly SizePart[];
}

function stripped(plan: BuildPlan, stage: number): boolean {
  return plan.stages[stage]!.steps.some((id) => {
    const op = plan.steps[id]!.op;
    return op.kind === 'exec' && /go\s+(build|install)/.test(op.command) && /-s\b[^"]*-w|-w\b[^"]*-s/.test(op.command);
  });
}

function builds(plan: BuildPlan, stage: number): boolean {
  return plan.stages[stage]!.steps.some((id) => {
    const op = plan.steps[id]!.op;
    return op.kind === 'exec' && /go\s+(build|install)/.test(op.command);
  });
}

function stepPart(plan: BuildPlan, step: PlannedStep, bytes: number): SizePart | undefined {
  const op = step.op;
  if (op.kind === 'copy') {
    if (op.from.kind === 'stage' && builds(plan, op.from.stage)) {
      const s = stripped(plan, op.from.stage);
      return { what: `Go binary from ${step.text} (${s ? 'built with -s -w' : 'with symbols'})`, mb: s ? GO_BINARY_MB.stripped : GO_BINARY_MB.plain };
    }
    if (op.from.kind === 'context') return { what: `context files of ${step.text}`, mb: bytes / 1e6 };
    return { what: `files of ${step.text} (assumed 1 MB)`, mb: 1 };
  }
  if (op.kind === 'exec') {
    const apk = /\bapk\s+add\b(.*)/.exec(op.command);
    const apt = /\bapt(?:-get)?\s+install\b(.*)/.exec(op.command);
    const count = (m: RegExpExecArray | null): number => (m?.[1] ?? '').split(/\s+/).filter((w) => w !== '' && !w.startsWith('-') && !/[&|;]/.test(w)).length;
    if (apk) return { what: `${count(apk)} apk package(s)`, mb: PACKAGE_MB.apk * count(apk) };
    if (apt) return { what: `${count(apt)} apt package(s)`, mb: PACKAGE_MB.apt * count(apt) };
    if (/go\s+(build|install)/.test(op.command)) return { what: `Go binary built in place (${stripped(plan, step.stage) ? '-s -w' : 'with symbols'})`, mb: stripped(plan, step.stage) ? GO_BINARY_MB.stripped : GO_BINARY_MB.plain };
  }
  return undefined;
}

/** Estimates the size of the image the target stage exports. */
export function estimateImageSize(result: BuildResult): ImageSizeEstimate {
  const plan = result.plan;
  const parts: SizePart[] = [];
  const bytes = new Map(result.steps.flatMap((v) => v.names.map((n) => [n, v.reads.bytes] as const)));
  const chain: number[] = [];
  for (let s: number | undefined = plan.target; s !== undefined; ) {
    chain.unshift(s);
    const base: StageBase = plan.stages[s]!.base;
    if (base.kind === 'stage') s = base.stage;
    else {
      const size = base.kind === 'scratch' ? { mb: 0, label: 'scratch (empty)' } : baseImageSize(base.ref);
      parts.push({ what: `base image ${base.kind === 'image' ? base.ref : 'scratch'} (${size.label})`, mb: size.mb });
      s = undefined;
    }
  }
  for (const s of chain) for (const id of plan.stages[s]!.steps) {
    const step = plan.steps[id]!;
    const part = stepPart(plan, step, bytes.get(step.name) ?? 0);
    if (part) parts.push(part);
  }
  const value = Math.round(parts.reduce((a, p) => a + p.mb, 0) * 10) / 10;
  return {
    kind: 'estimate',
    value,
    unit: 'MB',
    parts,
    assumptions: ['unpacked linux/amd64 sizes from the documented base-image table', `a Go service binary is ~${GO_BINARY_MB.plain} MB, ~${GO_BINARY_MB.stripped} MB with -ldflags "-s -w"`, 'files deleted in later layers still count (layers only add)'],
  };
}
