import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core/rules/index.ts';

const DIR = new URL('./buildkit-parity/', import.meta.url).pathname;
const cases = readdirSync(DIR).filter((n) => statSync(DIR + n).isDirectory()).sort();
const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** Recorded by record.ts from the real BuildKit (modern engine); never hand-written. */
interface Recording {
  readonly warnings: readonly { readonly rule: string; readonly line: number; readonly message: string }[];
}

describe('BuildKit checks match the real BuildKit (docker buildx build --call=check, v0.25.2)', () => {
  it('has recorded cases', () => {
    expect(cases.length).toBeGreaterThan(15);
  });
  for (const name of cases) {
    it(name, () => {
      const recording = JSON.parse(readFileSync(`${DIR}${name}/expected.json`, 'utf8')) as Recording;
      const buildArgs = JSON.parse(read(`${DIR}${name}/build-args.json`) ?? '{}') as Record<string, string>;
      const findings = check({
        text: readFileSync(`${DIR}${name}/Dockerfile`, 'utf8'), engine: 'modern', buildArgs,
        context: { dockerignore: read(`${DIR}${name}/.dockerignore`) },
      });
      // BuildKit reports an instruction's first line; each distinct (rule, line, message) once.
      const ours = [...new Set(findings.filter((f) => f.family === 'buildkit').map((f) => JSON.stringify({ rule: f.ruleId, line: f.range.start.line + 1, message: f.message })))]
        .map((s) => JSON.parse(s) as Recording['warnings'][number]);
      const key = (w: Recording['warnings'][number]) => `${w.line} ${w.rule}: ${w.message}`;
      expect(ours.map(key).sort()).toEqual([...new Set(recording.warnings.map(key))].sort());
    });
  }
});
