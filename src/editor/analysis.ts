/** The one place the worker meets the core: parse, check, graph, simulate, schedule → the page's view model. */
import type { SyntaxTree } from '../core/syntax/types.ts';
import type { RuleDoc } from '../core/language/index.ts';
import type { AnalysisResult, Methods } from './protocol.ts';

/** What the worker needs from the core. */
export interface Analysis {
  readonly parse: (text: string) => SyntaxTree;
  readonly analyze: (params: Methods['analyze']['params']) => AnalysisResult;
  readonly ruleDocs: () => readonly RuleDoc[];
}

/** A tree with no instructions, used until the parser answers. */
export function emptyTree(text: string): SyntaxTree {
  return { text, directives: [], escapeToken: '\\', instructions: [], comments: [], problems: [] };
}

function parse(text: string): SyntaxTree {
  return emptyTree(text);
}

function analyze(params: Methods['analyze']['params']): AnalysisResult {
  const started = Date.now();
  return {
    dockerfile: params.dockerfile,
    diagnostics: [],
    stages: [],
    steps: [],
    estimate: { coldSeconds: 0, warmSeconds: 0, imageBytes: 0 },
    log: '',
    core: { parser: false, graph: false, simulate: false, schedule: false, rules: false },
    millis: Date.now() - started,
  };
}

/** The analysis wired to the core pieces that exist today. */
export const analysis: Analysis = { parse, analyze, ruleDocs: () => [] };
