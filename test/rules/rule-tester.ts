/** A small rule tester (typescript-eslint RuleTester): enforces every rule's invariants in one place. */
import { expect } from 'vitest';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { runCheck } from '../../src/core/rules/check.ts';
import { applyEdits } from '../../src/core/rules/model/text.ts';
import type { CheckInput, Finding, Rule } from '../../src/core/rules/index.ts';

/** One test case: a Dockerfile plus the context it is checked with. */
export interface RuleCase {
  readonly code: string;
  readonly context?: CheckInput['context'];
  readonly buildArgs?: CheckInput['buildArgs'];
  readonly target?: string;
  readonly engine?: CheckInput['engine'];
  /** Where the case comes from, shown on failure. */
  readonly name?: string;
}

/** Runs one rule alone over a case (experimental rules enabled so they can be tested). */
export function runRule(rule: Rule, c: RuleCase): Finding[] {
  const input: CheckInput = {
    text: c.code,
    ...(c.context ? { context: c.context } : {}),
    ...(c.buildArgs ? { buildArgs: c.buildArgs } : {}),
    ...(c.target ? { target: c.target } : {}),
    ...(c.engine ? { engine: c.engine } : {}),
    config: { experimental: [rule.meta.id] },
  };
  const result = runCheck(input, parseDockerfile, [rule]);
  expect(result.failures, `${rule.meta.id} threw on ${c.name ?? c.code}`).toEqual([]);
  return [...result.findings];
}

/** Every invalid case reports; every report has a valid range and the rule's URL. */
export function expectReports(rule: Rule, c: RuleCase): Finding[] {
  const findings = runRule(rule, c);
  expect(findings.length, `${rule.meta.id} should report on ${c.name ?? ''}:\n${c.code}`).toBeGreaterThan(0);
  const lines = c.code.split('\n').length;
  for (const f of findings) {
    expect(f.ruleId).toBe(rule.meta.id);
    expect(f.range.start.line).toBeGreaterThanOrEqual(0);
    expect(f.range.end.line).toBeLessThan(lines + 1);
    expect(f.message.length).toBeGreaterThan(0);
  }
  return findings;
}

/** Every valid case stays silent. */
export function expectNoReports(rule: Rule, c: RuleCase): void {
  const findings = runRule(rule, c);
  expect(findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), `${rule.meta.id} should not report on ${c.name ?? ''}:\n${c.code}`).toEqual([]);
}

/** Every fix changes the text; the result parses without new errors and no longer triggers the rule there. */
export function expectFixesWork(rule: Rule, c: RuleCase, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!f.fix) continue;
    expect(rule.meta.fixable, `${rule.meta.id} reports a fix but is not marked fixable`).toBe(true);
    expect(f.fixTitle, `${rule.meta.id} fix needs its own title (the editor's quick-fix label)`).toBeDefined();
    expect(f.fixTitle!.startsWith('Fix: '), `${rule.meta.id} fix title is the generic fallback`).toBe(false);
    const fixed = applyEdits(c.code, f.fix);
    expect(fixed, `${rule.meta.id} fix must change the text`).not.toBe(c.code);
    const before = parseDockerfile(c.code).problems.filter((p) => p.severity === 'error').length;
    const after = parseDockerfile(fixed).problems.filter((p) => p.severity === 'error').length;
    expect(after, `${rule.meta.id} fix must parse:\n${fixed}`).toBeLessThanOrEqual(before);
    const again = runRule(rule, { ...c, code: fixed });
    const sameSpot = again.filter((g) => g.range.start.line === f.range.start.line && g.message === f.message);
    expect(sameSpot, `${rule.meta.id} still reports after its fix:\n${fixed}`).toEqual([]);
  }
}

/** Runs the whole contract for a rule over its cases. */
export function testRule(rule: Rule, cases: { readonly valid: readonly RuleCase[]; readonly invalid: readonly RuleCase[] }): void {
  for (const c of cases.invalid) expectFixesWork(rule, c, expectReports(rule, c));
  for (const c of cases.valid) expectNoReports(rule, c);
}
