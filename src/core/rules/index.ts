/** Public API of the Dockerfile checker: check(input) → findings with ranges and text-edit fixes. */
import { parseDockerfile } from '../syntax/index.ts';
import { runCheck, type CheckResult } from './check.ts';
import { allRules, ruleAliases } from './registry.ts';
import type { CheckInput, Finding } from './types.ts';

export type { CheckInput, ContextInput, EngineId, Finding, Report, Rule, RuleCategory, RuleFamily, RuleMeta, RuleSeverity, TextEdit } from './types.ts';
export type { CheckResult, RuleFailure } from './check.ts';
export type { CheckConfig, ConfigResult } from './config/schema.ts';
export { allRules, buildkitRules, hadolintRules, layerlabRules, ruleAliases, ruleById } from './registry.ts';
// The config schema (zod) lives in './config/schema.ts' (validateConfig, checkConfigSchema): imported on its own so the checker does not load zod.
export { parseLintOptions } from './config/check-directive.ts';
export { parsePragma } from './config/pragmas.ts';
export { applyEdits } from './model/text.ts';
export { fixAll } from './fix.ts';

/** Checks one Dockerfile and returns its findings (sorted by position); never throws. */
export function check(input: CheckInput): Finding[] {
  return [...checkDetailed(input).findings];
}

/** Like check, plus the syntax tree, BuildKit's error=true flag and any rule that failed internally. */
export function checkDetailed(input: CheckInput): CheckResult {
  return runCheck(input, parseDockerfile, allRules, ruleAliases);
}

/** Severity order, highest first. */
export const SEVERITY_ORDER = ['error', 'warning', 'info', 'style'] as const;

/** True when a finding's severity is at or above a threshold (`none` never matches). */
export function atOrAbove(severity: Finding['severity'], threshold: Finding['severity'] | 'none'): boolean {
  return threshold !== 'none' && SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}
