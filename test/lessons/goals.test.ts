import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyEdits, evaluateGoals, evaluateGoalsWith, instructionText, stepMatches, type GoalCore, type SimStep, type StageGraph } from '../../src/lib/goals/index.ts';
import { finalBase, shortImage } from '../../src/lib/goals/stages.ts';
import { goalSchema, type Goal } from '../../src/lib/lessons/goal-schema.ts';
import { lessonSchema, ruleDocSchema } from '../../src/lib/lessons/schema.ts';

/** Paths of JSON-schema properties that lack a description. */
function undescribed(node: unknown, path: string, out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const n = node as Record<string, unknown>;
  for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof value.description !== 'string') out.push(`${path}.${key}`);
    undescribed(value, `${path}.${key}`, out);
  }
  for (const key of ['items', 'additionalProperties']) undescribed(n[key], `${path}[]`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach((x, i) => undescribed(x, `${path}|${i}`, out));
  return out;
}

const label = { en: 'a goal', 'zh-cn': '一个目标' };
const goal = (data: Record<string, unknown>): Goal => goalSchema.parse({ id: 'g', label, ...data });
const files = { files: { Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n', 'main.go': 'package main\n' } };

describe('goal schema', () => {
  it('describes every field of the lesson and rule frontmatter', () => {
    expect(undescribed(z.toJSONSchema(lessonSchema, { io: 'input' }), 'lesson')).toEqual([]);
    expect(undescribed(z.toJSONSchema(ruleDocSchema, { io: 'input' }), 'rule')).toEqual([]);
    expect(undescribed(z.toJSONSchema(z.object({ a: z.string(), b: z.object({ c: z.number() }).describe('b') })), 'x')).toEqual(['x.a', 'x.b.c']);
  });
  it('keeps src/lib/goals and src/lib/lessons pure (no node:, astro:, DOM)', () => {
    for (const dir of ['goals', 'lessons']) {
      const root = new URL(`../../src/lib/${dir}/`, import.meta.url);
      for (const name of readdirSync(root)) {
        const text = readFileSync(new URL(name, root), 'utf8');
        expect(text, `${dir}/${name}`).not.toMatch(/from\s+['"](node:|astro|monaco-editor)/);
        expect(text, `${dir}/${name}`).not.toMatch(/\b(window|document|process|Buffer)\s*[.[(]/);
      }
    }
  });
  it('rejects unknown kinds, unknown fields and an empty step matcher', () => {
    expect(goalSchema.safeParse({ id: 'g', label, kind: 'stepsFaster' }).success).toBe(false);
    expect(goalSchema.safeParse({ id: 'g', label, kind: 'noRuleFinding', rule: 'X', extra: 1 }).success).toBe(false);
    expect(goalSchema.safeParse({ id: 'g', label, kind: 'stepRunsAfterChange', step: {}, change: [] }).success).toBe(false);
  });
  it('requires both languages in a label', () => {
    expect(goalSchema.safeParse({ id: 'g', label: { en: 'x' }, kind: 'noRuleFinding', rule: 'X' }).success).toBe(false);
  });
  it('rejects a lesson whose change goal changes nothing, or repeats a goal id', () => {
    const base = { title: 't', summary: 's', order: 1, slug: 'x', minutes: 5, builds: [{ label }] };
    const still = { id: 'a', label, kind: 'stepCachedAfterChange', step: { instruction: 'RUN' } };
    expect(lessonSchema.safeParse({ ...base, goals: [still] }).success).toBe(false);
    const rule = { id: 'a', label, kind: 'noRuleFinding', rule: 'X' };
    expect(lessonSchema.safeParse({ ...base, goals: [rule, rule] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...base, goals: [rule] }).success).toBe(true);
  });
});

describe('edits', () => {
  it('appends, replaces, writes, deletes directories and chmods without touching the input', () => {
    const start = { files: { 'a.txt': 'one', 'd/x': '1', 'd/y': '2' } };
    const out = applyEdits(start, [
      { kind: 'append', path: 'a.txt', text: '!' },
      { kind: 'replace', path: 'a.txt', find: 'one', with: 'two' },
      { kind: 'write', path: 'n.txt', content: 'new' },
      { kind: 'delete', path: 'd' },
      { kind: 'chmod', path: 'n.txt', mode: '755' },
    ]);
    expect(out).toEqual({ ok: true, files: { files: { 'a.txt': 'two!', 'n.txt': 'new' }, modes: { 'n.txt': '0755' } } });
    expect(start.files['a.txt']).toBe('one');
  });
  it('fails when the text to replace or the file to delete is gone', () => {
    expect(applyEdits(files, [{ kind: 'replace', path: 'main.go', find: 'func', with: 'x' }]).ok).toBe(false);
    expect(applyEdits(files, [{ kind: 'delete', path: 'nope' }]).ok).toBe(false);
  });
});

describe('step matchers', () => {
  const step: SimStep = { name: '[builder 4/6] RUN go mod download', stage: 'builder', verdict: 'cached' };
  it('match on the instruction text after the vertex prefix', () => {
    expect(instructionText(step.name)).toBe('RUN go mod download');
    expect(stepMatches(step, { instruction: 'RUN', contains: 'go mod download' })).toBe(true);
    expect(stepMatches(step, { instruction: 'COPY' })).toBe(false);
    expect(stepMatches(step, { contains: 'builder' })).toBe(false);
    expect(stepMatches(step, { stage: 'builder' })).toBe(true);
  });
});

describe('evaluateGoalsWith', () => {
  const steps = (verdict: SimStep['verdict']): SimStep[] => [{ name: '[2/2] RUN echo hi', stage: '', verdict }];
  const change = [{ kind: 'append', path: 'main.go', text: '//\n' }];

  it('reports unavailable (never passed) when the core piece is missing', () => {
    const [r] = evaluateGoalsWith([goal({ kind: 'stepCachedAfterChange', step: { instruction: 'RUN' }, change })], files, 'modern', {});
    expect(r).toMatchObject({ passed: false, state: 'unavailable', missing: 'simulate' });
  });
  it('checks the second build of a change goal, and fails when nothing matches', () => {
    const core: GoalCore = { simulate: () => [steps('run'), steps('cached')] };
    const cached = goal({ kind: 'stepCachedAfterChange', step: { instruction: 'RUN' }, change });
    const runs = goal({ kind: 'stepRunsAfterChange', step: { instruction: 'RUN' }, change });
    const missing = goal({ kind: 'stepCachedAfterChange', step: { instruction: 'COPY' }, change });
    expect(evaluateGoalsWith([cached, runs, missing], files, 'modern', core).map((r) => r.state)).toEqual(['passed', 'failed', 'failed']);
  });
  it('passes the second build its own flags', () => {
    const seen: unknown[] = [];
    const core: GoalCore = { simulate: (builds) => (seen.push(...builds.map((b) => b.flags)), [steps('run'), steps('run')]) };
    evaluateGoalsWith([goal({ kind: 'stepRunsAfterChange', step: { instruction: 'RUN' }, after: { buildArgs: { V: '2' } } })], files, 'v0.8', core);
    expect(seen).toEqual([{ buildArgs: {}, target: undefined }, { buildArgs: { V: '2' }, target: undefined }]);
  });
  it('turns a throwing core into a failed goal', () => {
    const core: GoalCore = { check: () => { throw new Error('boom'); } };
    const [r] = evaluateGoalsWith([goal({ kind: 'noRuleFinding', rule: 'X' })], files, 'modern', core);
    expect(r).toMatchObject({ state: 'failed' });
    expect(r?.detail.en).toContain('boom');
  });
  it('finds a dependency between stages through intermediate stages', () => {
    const graph: StageGraph = {
      target: 3,
      stages: [
        { name: 'base', base: { kind: 'image', ref: 'golang:1.22-alpine' }, needs: [], built: true },
        { name: 'a', base: { kind: 'stage', index: 0 }, needs: [0], built: true },
        { name: 'b', base: { kind: 'stage', index: 0 }, needs: [0, 1], built: true },
        { name: 'final', base: { kind: 'stage', index: 2 }, needs: [2], built: true },
      ],
    };
    const core: GoalCore = { stages: () => graph };
    const results = evaluateGoalsWith([
      goal({ kind: 'stagesParallel', stages: ['a', 'b'] }),
      goal({ kind: 'finalImageNoToolchain' }),
      goal({ kind: 'finalImageFrom', images: ['golang'] }),
    ], files, 'modern', core);
    expect(results.map((r) => r.state)).toEqual(['failed', 'failed', 'passed']);
    expect(finalBase(graph)).toEqual({ kind: 'image', ref: 'golang:1.22-alpine' });
  });
  it('normalises image references', () => {
    expect(shortImage('docker.io/library/golang:1.22-alpine@sha256:abc')).toEqual({ name: 'golang', tag: '1.22-alpine' });
    expect(shortImage('gcr.io/distroless/static-debian12')).toEqual({ name: 'gcr.io/distroless/static-debian12', tag: undefined });
    expect(shortImage('localhost:5000/app')).toEqual({ name: 'localhost:5000/app', tag: undefined });
  });
  it('matches Dockerfile text, negated or not', () => {
    const results = evaluateGoalsWith([
      goal({ kind: 'dockerfileMatches', pattern: '^RUN echo' }),
      goal({ kind: 'dockerfileMatches', pattern: '^RUN echo', negate: true }),
    ], files, 'modern', {});
    expect(results.map((r) => r.state)).toEqual(['passed', 'failed']);
  });
});

describe('evaluateGoals on the real core', () => {
  it('sees an inline .dockerignore comment disable its pattern', () => {
    const ctx = { files: { ...files.files, 'vendor/modules.txt': '#\n', '.dockerignore': 'vendor/ # not used\n' } };
    const fixed = { files: { ...ctx.files, '.dockerignore': '# not used\nvendor/\n' } };
    const g = goal({ kind: 'contextExcludes', path: 'vendor' });
    expect(evaluateGoals([g], ctx)[0]?.state).toBe('failed');
    expect(evaluateGoals([g], fixed)[0]?.state).toBe('passed');
  });
  it('predicts with the simulator that ARG placement decides what a build arg reruns', () => {
    const early = 'FROM alpine:3.20\nARG V=1\nRUN echo setup > /s\nRUN echo $V > /v\n';
    const late = 'FROM alpine:3.20\nRUN echo setup > /s\nARG V=1\nRUN echo $V > /v\n';
    const g = goal({ kind: 'stepCachedAfterChange', step: { contains: 'setup' }, after: { buildArgs: { V: '2' } } });
    for (const engine of ['modern', 'v0.8'] as const) {
      expect(evaluateGoals([g], { files: { Dockerfile: early } }, engine)[0]?.state).toBe('failed');
      expect(evaluateGoals([g], { files: { Dockerfile: late } }, engine)[0]?.state).toBe('passed');
    }
  });
});
