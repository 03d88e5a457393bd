import { describe, expect, it } from 'vitest';
import { check, checkDetailed, fixAll } from '../../src/core/rules/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { corpusInputs } from './corpus.ts';

const corpus = corpusInputs();

describe('corpus of real Dockerfiles from public Go projects', () => {
  it('has at least 40 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });
  it('findings per file match the reviewed snapshot', async () => {
    const snapshot: Record<string, string[]> = {};
    for (const { name, input } of corpus) {
      const result = checkDetailed(input);
      expect(result.failures, name).toEqual([]);
      snapshot[name] = result.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.severity}${f.uncertain ? ' (uncertain)' : ''}: ${f.message}`);
    }
    await expect(JSON.stringify(snapshot, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/corpus-findings.json.snap');
  });
  it('fixing every corpus file removes the fixed findings and introduces no parse error', () => {
    let fixedFindings = 0;
    for (const { name, input } of corpus) {
      const before = check(input);
      const { text, applied } = fixAll(input.text, before);
      fixedFindings += applied;
      if (applied === 0) continue;
      expect(parseDockerfile(text).problems.filter((p) => p.severity === 'error').length, name).toBe(0);
      const after = check({ ...input, text });
      const fixable = (fs: typeof before) => fs.filter((f) => f.fix).length;
      expect(fixable(after), name).toBeLessThan(fixable(before));
    }
    expect(fixedFindings).toBeGreaterThan(0);
  });
});
