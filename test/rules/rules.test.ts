import { describe, it } from 'vitest';
import { allRules } from '../../src/core/rules/index.ts';
import { extraCases } from './cases.ts';
import { testRule } from './rule-tester.ts';

describe('rule tester: extra cases', () => {
  for (const rule of allRules) {
    const cases = extraCases[rule.meta.id];
    if (!cases) continue;
    it(`${rule.meta.id}`, () => testRule(rule, cases));
  }
});
