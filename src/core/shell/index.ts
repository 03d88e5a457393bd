/** Public API of BuildKit's shell word expansion (frontend/dockerfile/shell) in pure TypeScript. */
export { isPlainWord, newLex, processWord, processWordText, processWords, processWordWithMatches } from './expand.ts';
export { envFromRecord, envFromSlice, equalEnvKeys, normalizeEnvKey } from './env.ts';
export type { EnvCase } from './env.ts';
export type {
  EnvGetter,
  EscapeToken,
  Lex,
  LexOptions,
  ProcessWordResult,
  ProcessWordsResult,
  ProcessWordWithMatchesResult,
  ShellFailure,
} from './types.ts';
