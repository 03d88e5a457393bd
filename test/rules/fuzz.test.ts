import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDetailed, fixAll } from '../../src/core/rules/index.ts';
import { corpusInputs } from './corpus.ts';

const corpus = corpusInputs();

/** Text mutations that keep a Dockerfile "almost real": delete, duplicate, splice lines, insert tricky fragments. */
const FRAGMENTS = ['\\', '\\\n', '<<EOF', 'EOF', '${', '$', '"', "'", '[', ']', '--mount=type=cache,target=', 'FROM ', 'AS ', 'COPY --from=', 'ARG ', '# check=skip=all', '# hadolint ignore=', '# escape=`', '`', '\n\n', '\t', '\u00a0', '\r\n', '=', ':', '@sha256:'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.len);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'dupLine': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    default: {
      const never: never = m;
      return never;
    }
  }
}

describe('the checker never throws', () => {
  it('on mutated real Dockerfiles (no rule fails, ranges are well-formed, fixes apply)', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom<'modern' | 'latest' | 'v0.8'>('modern', 'latest', 'v0.8'), (pick, muts, engine) => {
        const { input } = corpus[pick]!;
        const text = muts.reduce(apply, input.text);
        const result = checkDetailed({ ...input, text, engine });
        expect(result.failures).toEqual([]);
        for (const f of result.findings) {
          expect(f.range.start.line).toBeGreaterThanOrEqual(0);
          expect(f.range.start.line <= f.range.end.line).toBe(true);
        }
        expect(typeof fixAll(text, result.findings).text).toBe('string');
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(checkDetailed({ text, buildArgs: { BUILDKIT_DOCKERFILE_CHECK: text.slice(0, 20) } }).failures).toEqual([]);
    }), { numRuns: 300, seed: 7 });
  });
});
