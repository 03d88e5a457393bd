/** Public API of the cache model: step definitions, keys, content checksums, command models. */
export type { BuildPlan, PlannedStep, StagePlan, StepOp, ExecOp, CopyOp, MkdirOp, RunMount, StepSource, StageBase, EnvEntry } from './types.ts';
export { digest, digestJson, type Digest } from './hash.ts';
export { opDigest, type OpDigestOptions } from './op-digest.ts';
export { cachedSelect } from './selection.ts';
export { createStore, lookup, save, newKey, inputMatches, type CacheStore, type CacheRecord, type CacheInput } from './store.ts';
export { snapshotContext, fileRecord, linkRecord, type ContextEntry, type ContextSnapshot, type FsFile } from './context.ts';
export { selectFromContext, type ContextSelection, type PlaceOptions } from './selection.ts';
export { contentOf, fileAt, filesBelow, pushLayer, type FsState, type FsLayer, type RestEffect } from './fs-state.ts';
export { COMMAND_MODELS, modelFor, runEffect, type RunEffect } from './commands/registry.ts';
export { splitCommands, type SimpleCommand } from './commands/shell.ts';
export type { CommandModel, CommandModelId, CommandOutcome, RunView, GoToolchain } from './commands/types.ts';
