// Tracks BuildKit's build-context handling: frontend/dockerui/config.go (.dockerignore), fsutil filter.go (transfer),
// cache/contenthash/checksum.go (content digests), solver/llbsolver/ops/file.go + exec.go (selectors).
/** Public API of the build-context model. */
export type { BuildContext, ContextChange, ContextEntry, FileContent, IgnorePattern, IgnoreRules, ModeValue } from './types.ts';
export { DEFAULT_DIR_MODE, DEFAULT_FILE_MODE, SYMLINK_MODE } from './types.ts';
export { EMPTY_CONTEXT, applyChange, contextPath, createContext, lookupFile, parseMode } from './context.ts';
export { NO_IGNORE, ignoreRulesFrom, loadIgnore, readIgnoreFile } from './ignore-file.ts';
export { explainIgnore, isSourceIgnored, type IgnoreVerdict } from './explain.ts';
export { contextFollowPaths, followLinks, transferContext, type Transfer, type TransferOptions } from './transfer.ts';
export { freshSnapshot, syncSnapshot, type Snapshot } from './snapshot.ts';
export { selectSources, snapshotOf, type SourceSelection } from './select.ts';
export { checksumSelector, containsWildcards, splitWildcards, type SelectorChecksum, type SelectorSpec } from './checksum.ts';
export {
  bindSelectors,
  copySelectors,
  dedupePaths,
  digestInput,
  digestSelection,
  recordPaths,
  type InputDigest,
  type SelectionDigest,
  type SelectionMode,
} from './digest.ts';
export { diffInputs, type DigestDifference } from './diff.ts';
export { resolvePath, type Resolved } from './resolve.ts';
export { sha256Hash, type HashFn } from './hash.ts';
export { shareChildIndex, type DigestRecord } from './records.ts';
export { newPatternMatcher, matchesOrParentMatches, matchesUsingParentResults, type PatternMatcher } from './pattern-matcher.ts';
