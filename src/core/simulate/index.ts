/** Public API of the cache simulator: build sequences sharing one cache, verdicts with cause chains. */
export { createSimulator, type Simulator, type SimulatorOptions } from './simulator.ts';
export type { BuildInput, BuildResult, StepVerdict, Verdict, ModelNote } from './types.ts';
export type { Cause, FileChange, Producer } from './causes.ts';
export { CACHED_CAUSES } from './causes.ts';
export { renderCause, renderCauses } from './render.ts';
export { parseScenario, runScenario, canonicalName, initialContext, applyBuild, ORACLE_ENVIRONMENT, type Scenario, type ScenarioBuild, type ScenarioRun, type ScenarioBuildRun } from './scenario.ts';
export { planBuild, type PlanInput } from './plan.ts';
export type { EngineId, EngineProfile } from '../engines/index.ts';
export { causeChain, type ChainLink } from './chain.ts';
