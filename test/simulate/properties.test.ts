import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContextEntry } from '../../src/core/context/index.ts';
import { createSimulator } from '../../src/core/simulate/simulator.ts';

const DOCKERFILES = [
  'FROM golang:1.22-alpine AS b\nWORKDIR /app\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app/main ./cmd/app\nFROM alpine:3.20\nCOPY --from=b /app/main /main\n',
  'FROM alpine:3.20\nWORKDIR /w\nCOPY src/ ./src/\nCOPY *.txt ./\nRUN cat *.txt > /all\n',
  'FROM alpine:3.20 AS x\nCOPY lib/ /lib/\nRUN ls /lib > /l\nFROM alpine:3.20\nRUN --mount=type=bind,source=src,target=/s cat /s/* > /o\nCOPY --from=x /l /l\n',
];

const pathArb = fc.constantFrom('go.mod', 'a.txt', 'b.txt', 'src/x.go', 'src/y.go', 'cmd/app/main.go', 'lib/util.go', 'README.md', 'docs/n.md', 'ignored/secret.txt');
const contentArb = fc.string({ maxLength: 12 });
const filesArb = fc.dictionary(pathArb, contentArb, { minKeys: 4 });

function context(files: Record<string, string>, modes: Record<string, number> = {}): Map<string, ContextEntry> {
  const base: Record<string, string> = { 'go.mod': 'module example.com/app\n', 'src/x.go': 'x', 'cmd/app/main.go': 'package main', 'lib/util.go': 'u', 'a.txt': 'a', ...files };
  return new Map(Object.entries(base).map(([p, c]) => [p, { kind: 'file', path: p, content: c, mode: modes[p] ?? 0o644 } as const]));
}

type Edit = { kind: 'write'; path: string; content: string } | { kind: 'delete'; path: string } | { kind: 'chmod'; path: string };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), path: pathArb, content: contentArb }),
  fc.record({ kind: fc.constant('delete' as const), path: pathArb }),
  fc.record({ kind: fc.constant('chmod' as const), path: pathArb }),
);

describe('properties', () => {
  it('reverting an edit returns every verdict to cached', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCKERFILES), filesArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('v0.8' as const, 'modern' as const), (df, files, edits, engine) => {
        const sim = createSimulator({ engine });
        const original = context(files);
        const first = sim.build({ dockerfile: df, context: original });
        fc.pre(first.errors.length === 0);
        const edited = new Map(original);
        const modes: Record<string, number> = {};
        for (const e of edits) {
          if (e.kind === 'write') edited.set(e.path, { kind: 'file', path: e.path, content: e.content, mode: 0o644 });
          else if (e.kind === 'delete') edited.delete(e.path);
          else if (edited.get(e.path)?.kind === 'file') modes[e.path] = 0o755;
        }
        for (const [p, m] of Object.entries(modes)) {
          const f = edited.get(p);
          if (f?.kind === 'file') edited.set(p, { ...f, mode: m });
        }
        sim.build({ dockerfile: df, context: edited });
        const back = sim.build({ dockerfile: df, context: original });
        expect(back.steps.filter((s) => s.verdict !== 'cached').map((s) => s.name)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
  it('a change to an ignored file changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCKERFILES), filesArb, contentArb, fc.constantFrom('v0.8' as const, 'modern' as const), (df, files, content, engine) => {
        const sim = createSimulator({ engine });
        const withIgnore = { ...files, '.dockerignore': 'ignored/\n*.md\n' };
        const first = sim.build({ dockerfile: df, context: context(withIgnore) });
        fc.pre(first.errors.length === 0);
        const next = sim.build({ dockerfile: df, context: context({ ...withIgnore, 'ignored/secret.txt': content, 'README.md': content + '!' }) });
        expect(next.steps.filter((s) => s.verdict !== 'cached').map((s) => s.name)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness', () => {
  it('never throws on arbitrary Dockerfile text (errors are data)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('FROM alpine:3.20', 'FROM golang:1.22-alpine AS b', 'RUN go build ./...', 'COPY . .', 'COPY --from=b /x /y', 'WORKDIR app', 'ARG A=1', 'ENV B=$A', 'RUN --mount=type=cache,target=/c true', 'RUN <<EOF', 'EOF', 'ONBUILD RUN x', 'USER nobody', 'ADD a.tar /', 'COPY --chmod=755 a /a', 'FROM b', '\\', '# escape=`'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('v0.8' as const, 'modern' as const), (lines, engine) => {
        const sim = createSimulator({ engine });
        const df = lines.join('\n');
        const r = sim.build({ dockerfile: df, context: context({}) });
        expect(Array.isArray(r.steps)).toBe(true);
        sim.build({ dockerfile: df, context: context({ 'a.txt': 'changed' }), noCache: true });
      }),
      { numRuns: 300 },
    );
  });
});
