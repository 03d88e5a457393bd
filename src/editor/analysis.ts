/** The one place the worker meets the core: parse, check, graph, simulate, schedule → the page's view model. */
import type { SyntaxTree } from '../core/syntax/types.ts';
import { parseDockerfile } from '../core/syntax/index.ts';
import { allRules, checkDetailed } from '../core/rules/index.ts';
import type { RuleDoc } from '../core/language/index.ts';
import { findingToDiagnostic, problemToDiagnostic } from './analysis-diagnostics.ts';
import { buildView } from './analysis-build.ts';
import { simulatorJudge } from './analysis-simulate.ts';
import type { AnalysisResult, BuildInput, Methods } from './protocol.ts';

/** What the worker needs from the core. */
export interface Analysis {
  readonly parse: (text: string) => SyntaxTree;
  readonly analyze: (params: Methods['analyze']['params']) => AnalysisResult;
  readonly ruleDocs: () => readonly RuleDoc[];
}

/** Parses, reusing the last tree when the text did not change (hover and completion ask often). */
let lastText = '';
let lastTree: SyntaxTree = parseDockerfile('');
function parse(text: string): SyntaxTree {
  if (text !== lastText) {
    lastTree = parseDockerfile(text);
    lastText = text;
  }
  return lastTree;
}

function check(current: BuildInput, dockerfile: string, text: string) {
  const paths = Object.keys(current.files);
  return checkDetailed({
    text,
    path: dockerfile,
    context: { files: paths, dockerignore: current.files['.dockerignore'] ?? null, goMod: current.files['go.mod'] ?? null },
    buildArgs: current.settings.buildArgs,
    ...(current.settings.target ? { target: current.settings.target } : {}),
    engine: current.settings.engine,
  });
}

function analyze(params: Methods['analyze']['params']): AnalysisResult {
  const started = performance.now();
  const text = params.current.files[params.dockerfile] ?? '';
  const tree = parse(text);
  const checked = check(params.current, params.dockerfile, text);
  const diagnostics = [...tree.problems.map(problemToDiagnostic), ...checked.findings.map(findingToDiagnostic)];
  const build = buildView(tree, params, simulatorJudge);
  return {
    dockerfile: params.dockerfile,
    diagnostics,
    ...build,
    core: { parser: true, rules: true, ...build.core },
    millis: performance.now() - started,
  };
}

const docs: readonly RuleDoc[] = allRules.map((r) => ({ name: r.meta.id, description: r.meta.title, url: r.meta.url }));

/** The analysis wired to the core pieces that exist today. */
export const analysis: Analysis = { parse, analyze, ruleDocs: () => docs };
