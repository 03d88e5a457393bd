// Tracks BuildKit frontend/dockerfile/instructions/parse.go
/** Public API of the instructions stage: typed instructions per stage, meta args, references and expansion. */
export { toStages } from './to-stages.ts';
export { parseInstruction } from './parse-instruction.ts';
export { normalizeReference } from './reference.ts';
export { hasShell, imageEnv, knownImageConfig, normalizeImageRef } from './images.ts';
export { resolveWorkdir, DEFAULT_SHELL, DEFAULT_PATH } from './dispatch.ts';
export { addOrReplace, envGetter, envStrings } from './env-list.ts';
export { cleanPath, joinPath, isAbsPath } from './posix-path.ts';
export type * from './types.ts';
