/** Cold-build and rebuild time plus image size for one simulated build. */
import type { BuildResult } from '../simulate/types.ts';
import type { Estimate } from './durations.ts';
import { estimateImageSize, type ImageSizeEstimate } from './image-size.ts';
import { scheduleBuild, type Schedule } from './lanes.ts';

/** Everything estimated about a build; every figure is an estimate with its assumptions. */
export interface BuildEstimate {
  readonly cold: Schedule;
  readonly rebuild: Schedule;
  /** Time the cache saves on this rebuild versus a cold build. */
  readonly saved: Estimate;
  readonly imageSize: ImageSizeEstimate;
}

/** Estimates cold-build time, this rebuild's time, the saving and the final image size. */
export function estimateBuild(result: BuildResult): BuildEstimate {
  const cold = scheduleBuild(result, 'cold');
  const rebuild = scheduleBuild(result, 'rebuild');
  const saved: Estimate = { kind: 'estimate', value: Math.round((cold.total.value - rebuild.total.value) * 100) / 100, unit: 's', assumptions: ['cold build minus rebuild, both on the critical path'] };
  return { cold, rebuild, saved, imageSize: estimateImageSize(result) };
}
