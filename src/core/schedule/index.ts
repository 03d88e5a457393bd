/** Public API of the schedule: parallel lanes, critical path, time and size estimates. */
export { scheduleBuild, stepDeps, type Lane, type Schedule, type ScheduledStep } from './lanes.ts';
export { runSeconds, stepSeconds, COSTS, type Estimate } from './durations.ts';
export { estimateImageSize, type ImageSizeEstimate, type SizePart } from './image-size.ts';
export { BASE_IMAGE_SIZES, GO_BINARY_MB, PACKAGE_MB, baseImageSize, type BaseImageSize } from './base-images.ts';
export { estimateBuild, type BuildEstimate } from './estimate.ts';
