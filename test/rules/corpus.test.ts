import { describe, expect, it } from 'vitest';
import { checkDetailed } from '../../src/core/rules/index.ts';
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
});
