// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go (naming: prefixCommand; dedupe: client/llb marshal)
/** Public API of the step graph: BuildKit's vertices with names, op inputs, dedupe groups and the stage DAG. */
export { buildStepGraph } from './build.ts';
export { copyDest } from './copy-step.ts';
export { printedStepNames, printedSteps, progressName } from './order.ts';
export { uppercaseCmd, processCmdEnv, stepPrefix } from './naming.ts';
export type * from './types.ts';
