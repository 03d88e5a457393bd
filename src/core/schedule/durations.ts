/** Step duration estimates from the command models (seconds on a typical 4-core CI runner, warm network). */
import type { PlannedStep } from '../cache/types.ts';
import type { ModelNote, StepVerdict } from '../simulate/types.ts';

/** A labelled estimate with the assumptions behind it. */
export interface Estimate {
  readonly kind: 'estimate';
  readonly value: number;
  readonly unit: 's' | 'MB';
  readonly assumptions: readonly string[];
}

/** The cost table (seconds). */
export const COSTS = {
  cached: 0.05,
  mkdir: 0.1,
  copyBase: 0.2,
  copyPerMB: 0.05,
  copyFromStage: 0.3,
  goModDownloadBase: 4,
  goModDownloadPerModule: 1.5,
  goBuildBase: 6,
  goBuildPerFile: 0.05,
  goBuildWarmCache: 0.3,
  goTest: 8,
  packageManagerBase: 3,
  packagePerPackage: 1,
  aptUpdate: 6,
  other: 1,
} as const;

function estimate(value: number, ...assumptions: string[]): Estimate {
  return { kind: 'estimate', value: Math.round(value * 100) / 100, unit: 's', assumptions };
}

function modelSeconds(m: ModelNote, cacheMounted: boolean): Estimate {
  switch (m.model) {
    case 'go-mod-download': {
      const modules = Math.max(1, m.reads);
      return estimate(COSTS.goModDownloadBase + COSTS.goModDownloadPerModule * modules * 3, 'module download over a warm network, ~3 modules per go.mod/go.sum read');
    }
    case 'go-build':
    case 'go-install': {
      const files = Math.max(1, m.reads);
      const base = COSTS.goBuildBase + COSTS.goBuildPerFile * files;
      return cacheMounted ? estimate(base * COSTS.goBuildWarmCache, 'go build with a warm build-cache mount: ~30% of a cold compile') : estimate(base, `cold go build of ${files} input files`);
    }
    case 'go-test':
      return estimate(COSTS.goTest, 'go test compile + run of a small module');
    case 'package-install': {
      const pkgs = m.argv.filter((a, i) => i > 1 && !a.startsWith('-')).length;
      if (m.argv.includes('update')) return estimate(COSTS.aptUpdate, 'package index refresh');
      return estimate(COSTS.packageManagerBase + COSTS.packagePerPackage * pkgs, `${pkgs} package(s) from a mirror`);
    }
    case 'go-vet':
    case 'file-utility':
    case 'shell-builtin':
      return estimate(0.1, 'a fast shell utility');
    case 'unknown':
      return estimate(COSTS.other, 'an unmodelled command: 1 s assumed');
    default:
      return estimate(COSTS.other, 'unmodelled');
  }
}

/** Estimated run time of a step if it runs (cold), from its op and command models. */
export function runSeconds(step: PlannedStep, models: readonly ModelNote[], readBytes: number): Estimate {
  const op = step.op;
  switch (op.kind) {
    case 'mkdir':
      return estimate(COSTS.mkdir, 'WORKDIR creates a directory');
    case 'copy':
      if (op.from.kind === 'stage' || op.from.kind === 'image') return estimate(COSTS.copyFromStage, 'copy of build artifacts between stages');
      return estimate(COSTS.copyBase + (COSTS.copyPerMB * readBytes) / 1e6, `copy of ${(readBytes / 1e6).toFixed(2)} MB from the build context`);
    case 'exec': {
      const cacheMounted = op.mounts.some((m) => m.type === 'cache' && /go-build|\.cache/.test(m.target));
      const parts = models.map((m) => modelSeconds(m, cacheMounted));
      return estimate(Math.max(COSTS.other * 0.1, parts.reduce((a, p) => a + p.value, 0)), ...parts.flatMap((p) => p.assumptions));
    }
    default: {
      const never: never = op;
      return never;
    }
  }
}

/** Estimated time of a step in the simulated build: ~0 when cached. */
export function stepSeconds(v: StepVerdict): Estimate {
  if (v.verdict === 'cached') return estimate(COSTS.cached, 'a cached step only loads its result');
  return runSeconds(v.step, v.models, v.reads.bytes);
}
