/** The one place the worker meets the core: parse, check, graph, simulate, schedule → the page's view model. */
import type { SyntaxTree } from '../core/syntax/types.ts';
import { parseDockerfile } from '../core/syntax/index.ts';
import { allRules, checkDetailed } from '../core/rules/index.ts';
import type { RuleDoc } from '../core/language/index.ts';
import { findingToDiagnostic, problemToDiagnostic } from './analysis-diagnostics.ts';
import { buildView, type Judge } from './analysis-build.ts';
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

function analyzeWith(judge: Judge, params: Methods['analyze']['params']): AnalysisResult {
  const started = performance.now();
  const text = params.current.files[params.dockerfile] ?? '';
  const tree = parse(text);
  const checked = check(params.current, params.dockerfile, text);
  const { problems, ...build } = safeBuildView(tree, params, judge);
  const seen = new Set<string>();
  const diagnostics = [...tree.problems, ...problems].map(problemToDiagnostic).filter((d) => {
    const key = `${d.range.start.line}:${d.range.start.character}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  diagnostics.push(...checked.findings.map(findingToDiagnostic));
  return {
    dockerfile: params.dockerfile,
    diagnostics,
    ...build,
    core: { parser: true, rules: true, ...build.core },
    millis: performance.now() - started,
  };
}

/** The build view; a failure inside graph or simulator leaves findings intact and says what happened. */
function safeBuildView(tree: SyntaxTree, params: Methods['analyze']['params'], judge: Judge): ReturnType<typeof buildView> {
  try {
    return buildView(tree, params, judge);
  } catch (error) {
    const message = `The simulator could not handle this Dockerfile: ${error instanceof Error ? error.message : String(error)}`;
    const start = { line: 0, character: 0 };
    return {
      stages: [], steps: [], estimate: { coldSeconds: 0, warmSeconds: 0, imageBytes: 0 }, log: '',
      core: { graph: false, simulate: false, schedule: false },
      problems: [{ severity: 'warning', code: 'simulator-failed', message, range: { start, end: start } }],
    };
  }
}

const docs: readonly RuleDoc[] = allRules.map((r) => ({ name: r.meta.id, description: r.meta.title, url: r.meta.url }));

/** An analysis whose verdicts come from `judge` (tests pass a failing one). */
export function createAnalysis(judge: Judge): Analysis {
  return { parse, analyze: (params) => analyzeWith(judge, params), ruleDocs: () => docs };
}

/** The analysis wired to the core pieces that exist today. */
export const analysis: Analysis = createAnalysis(simulatorJudge);
