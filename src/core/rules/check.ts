/** Runs the registered rules over one Dockerfile and applies config and suppressions (tracks BuildKit dockerfile2llb/convert.go newRuleLinter). */
import type { InstructionNode, SyntaxTree } from '../syntax/types.ts';
import { checkFromComment, mergeLintOptions, NO_LINT_OPTIONS, parseLintOptions, type LintOptions } from './config/check-directive.ts';
import { parsePragma } from './config/pragmas.ts';
import { buildContext, type RuleContext } from './model/context.ts';
import { resetViews } from './model/instr.ts';
import type { CheckInput, Finding, Report, Rule, RuleMeta, RuleSeverity } from './types.ts';
import { CHECKER_PROFILES } from './engine-profile.ts';

/** A parser: text in, syntax tree out (injected so the core stays testable and pure). */
export type Parse = (text: string) => SyntaxTree;

/** A rule that threw; the checker keeps going and records it here. */
export interface RuleFailure {
  readonly ruleId: string;
  readonly error: string;
}

/** Findings plus what the checker needed to know about them. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly tree: SyntaxTree;
  /** BuildKit `error=true` was in force. */
  readonly errorOnWarn: boolean;
  readonly failures: readonly RuleFailure[];
}

/** The check options in force for the file (build arg BUILDKIT_DOCKERFILE_CHECK replaces the directive). */
export function fileLintOptions(tree: SyntaxTree, buildArgs: Readonly<Record<string, string>> | undefined): LintOptions | { readonly error: string } {
  const fromArg = buildArgs?.['BUILDKIT_DOCKERFILE_CHECK'];
  if (fromArg !== undefined) return parseLintOptions(fromArg);
  const directive = tree.directives.find((d) => d.name === 'check');
  return directive ? parseLintOptions(directive.value) : NO_LINT_OPTIONS;
}

/** Checks one file with the given rules; never throws. */
export function runCheck(input: CheckInput, parse: Parse, rules: readonly Rule[], aliases: Readonly<Record<string, string>> = {}): CheckResult {
  const tree = parse(input.text);
  const config = input.config ?? {};
  const buildArgs = { ...config.buildArgs, ...input.buildArgs };
  const engine = input.engine ?? config.engine ?? 'latest';
  const ctx = buildContext(tree, { buildArgs, target: input.target ?? config.target, engine, context: input.context });
  const parsedOptions = fileLintOptions(tree, buildArgs);
  const options = 'skip' in parsedOptions ? parsedOptions : NO_LINT_OPTIONS;
  const experimentalCfg = config.experimental;
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const suppress = suppressor(ctx);
  // A hadolint id and the BuildKit rule it duplicates suppress each other (`# hadolint ignore=DL3024` also hides DuplicateStageName).
  const twins = (id: string) => aliasPairsOf(aliases).flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));
  const perInstruction = CHECKER_PROFILES[engine].perInstructionCheck;
  // `# check=` above an instruction can only add skips and experimental rules; without any, file-level options decide up front.
  const localChecks = perInstruction && tree.instructions.some((n) => n.comments.some((c) => checkFromComment(c) !== undefined));
  // One reporter serves every rule: rules run one after another, so it reads the rule it reports for from these.
  let currentMeta: RuleMeta | undefined;
  let currentExperimental = false;
  let currentOverride: RuleSeverity | undefined;
  const enabledExperimental = (opts: LintOptions, id: string): boolean =>
    opts.experimentalAll || opts.experimental.includes(id) || experimentalCfg === 'all' || (Array.isArray(experimentalCfg) && experimentalCfg.includes(id));
  const onReport = (report: Report): void => {
    const meta = currentMeta;
    if (meta === undefined) return;
    const experimental = currentExperimental;
    const override = currentOverride;
    const instruction = report.instruction ?? instructionAt(tree.instructions, report.range.start.line);
    const local = instruction === undefined || !localChecks ? options : localOptions(options, tree.instructions[instruction]!);
    if (experimental ? !enabledExperimental(local, meta.id) : skipped(local, meta.id, meta.family)) return;
    if (suppress(meta.id, instruction) || twins(meta.id).some((twin) => suppress(twin, instruction))) return;
    const severity: RuleSeverity = override ?? (options.error && meta.family === 'buildkit' ? 'error' : meta.severity);
    findings.push({
      ruleId: meta.id, family: meta.family, severity, category: meta.category, message: report.message, range: report.range, url: meta.url,
      ...(report.fix && report.fix.length ? { fix: report.fix, fixTitle: report.fixTitle ?? `Fix: ${meta.title}` } : {}),
      ...(report.uncertain ? { uncertain: report.uncertain } : {}),
    });
  };
  for (const rule of rulesFor(rules, engine)) {
    const { meta } = rule;
    const override = config.rules?.[meta.id];
    if (override === 'off' || config.ignore?.includes(meta.id)) continue;
    const experimental = meta.experimentalOn?.includes(engine) ?? false;
    // Rules that cannot report are not run (lazy work: the pipeline parts only they need are never built).
    if (experimental ? !localChecks && !enabledExperimental(options, meta.id) : skipped(options, meta.id, meta.family)) continue;
    currentMeta = meta;
    currentExperimental = experimental;
    currentOverride = override;
    try {
      rule.check(ctx, onReport);
    } catch (error) {
      failures.push({ ruleId: meta.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  }
  currentMeta = undefined;
  resetViews();
  // A finding whose rule has a twin (hadolint id ↔ BuildKit rule) gives way when the twin reported the same line.
  let kept = findings;
  if (findings.some((f) => aliases[f.ruleId] !== undefined)) {
    const byLine = new Set(findings.map((f) => `${f.ruleId}:${f.range.start.line}`));
    kept = findings.filter((f) => !(aliases[f.ruleId] !== undefined && byLine.has(`${aliases[f.ruleId]}:${f.range.start.line}`)));
  }
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, tree, errorOnWarn: options.error, failures };
}

// The rule lists and alias tables are module constants: what each check derives from them is kept.
const rulesByEngine = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();
const aliasPairsCache = new WeakMap<Readonly<Record<string, string>>, readonly (readonly [string, string])[]>();

/** The rules that apply to an engine, in order (worked out once per rule list and engine). */
function rulesFor(rules: readonly Rule[], engine: RuleMeta['engines'][number]): readonly Rule[] {
  let byEngine = rulesByEngine.get(rules);
  if (byEngine === undefined) rulesByEngine.set(rules, (byEngine = new Map()));
  let list = byEngine.get(engine);
  if (list === undefined) byEngine.set(engine, (list = rules.filter((r) => r.meta.engines.includes(engine))));
  return list;
}

/** The `[hadolint id, BuildKit rule]` pairs of an alias table (worked out once per table). */
function aliasPairsOf(aliases: Readonly<Record<string, string>>): readonly (readonly [string, string])[] {
  let pairs = aliasPairsCache.get(aliases);
  if (pairs === undefined) aliasPairsCache.set(aliases, (pairs = Object.entries(aliases)));
  return pairs;
}

function skipped(opts: LintOptions, id: string, family: string): boolean {
  return (opts.skipAll && family === 'buildkit') || opts.skip.includes(id);
}

function localOptions(base: LintOptions, node: InstructionNode): LintOptions {
  for (const comment of node.comments) {
    const extra = checkFromComment(comment);
    if (extra) return mergeLintOptions(base, extra);
  }
  return base;
}

/** Index of the instruction covering a line (or the next one after it). */
function instructionAt(nodes: readonly InstructionNode[], line: number): number | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const r = nodes[i]!.range;
    if (line >= r.start.line && line <= r.end.line) return i;
    if (r.start.line > line) return i;
  }
  return undefined;
}

/** Builds the pragma-based suppression test for a file. */
function suppressor(ctx: RuleContext): (ruleId: string, instruction: number | undefined) => boolean {
  const fileRules = new Set<string>();
  const stageRules: { line: number; rules: readonly string[] }[] = [];
  for (const c of ctx.tree.comments) {
    const p = parsePragma(c.text);
    if (!p || (p.source === 'layerlab' && !p.reason)) continue;
    if (p.kind === 'file') p.rules.forEach((r) => fileRules.add(r));
    else if (p.kind === 'stage') stageRules.push({ line: c.range.start.line, rules: p.rules });
  }
  const fromLines = stageRules.length === 0 ? [] : ctx.tree.instructions.filter((n) => n.keyword === 'from').map((n) => n.range.start.line);
  return (ruleId, instruction) => {
    if (fileRules.has(ruleId)) return true;
    if (instruction === undefined) return false;
    const node = ctx.tree.instructions[instruction]!;
    for (const comment of node.comments) {
      const p = parsePragma(comment);
      if (p && p.kind === 'next' && p.rules.includes(ruleId) && (p.source === 'hadolint' || p.reason)) return true;
    }
    const line = node.range.start.line;
    return stageRules.some((s) => s.rules.includes(ruleId) && s.line < line && !fromLines.some((f) => f > s.line && f <= line));
  };
}
