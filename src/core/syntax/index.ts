// Tracks BuildKit frontend/dockerfile/parser/parser.go
/** Public API of the Dockerfile parser: text to syntax tree (with problems and ranges), and its dump. */
export { parseDockerfile } from './parser.ts';
export { dumpInstruction, dumpTree } from './dump.ts';
export { chompHeredocContent, parseHeredocWord } from './heredoc.ts';
export type * from './types.ts';
export { detectDirective, detectSyntax } from './detect-directive.ts';
export type { DetectedDirective } from './detect-directive.ts';
export { decodeUtf8Escaped } from './utf8.ts';
