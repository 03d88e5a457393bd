import { describe, expect, it } from 'vitest';
import { check, checkDetailed, parseLintOptions, parsePragma, allRules } from '../../src/core/rules/index.ts';
import { validateConfig } from '../../src/core/rules/config/schema.ts';

const ids = (text: string, extra: Parameters<typeof check>[0] extends infer T ? Partial<T> : never = {}) => check({ text, ...extra }).map((f) => f.ruleId);
const LATEST = 'FROM golang:latest\nRUN go version\n';

describe('# check= directive (BuildKit linter.ParseLintOptions)', () => {
  it('parses skip, error and experimental like BuildKit', () => {
    expect(parseLintOptions('skip=A, B;error=true')).toMatchObject({ skip: ['A', 'B'], error: true, skipAll: false });
    expect(parseLintOptions('skip=all;experimental=all')).toMatchObject({ skipAll: true, experimentalAll: true });
    expect(parseLintOptions('error=maybe')).toEqual({ error: 'failed to parse check option "error=maybe"' });
    expect(parseLintOptions('bogus=1')).toEqual({ error: 'invalid check option "bogus"' });
    expect(parseLintOptions('skip')).toEqual({ error: 'invalid check option "skip"' });
  });
  it('skips named rules of any family and all BuildKit rules with skip=all', () => {
    const text = 'FROM golang:latest AS Build\nRUN go version\n';
    expect(ids(text)).toEqual(expect.arrayContaining(['DL3007', 'StageNameCasing']));
    expect(ids('# check=skip=DL3007\n' + text)).not.toContain('DL3007');
    const all = ids('# check=skip=all\n' + text);
    expect(all).not.toContain('StageNameCasing');
    expect(all).toContain('DL3007');
  });
  it('error=true raises BuildKit findings to errors', () => {
    const f = check({ text: '# check=error=true\nFROM alpine:3.20 AS Build\n' }).find((x) => x.ruleId === 'StageNameCasing');
    expect(f?.severity).toBe('error');
    expect(checkDetailed({ text: '# check=error=true\nFROM alpine:3.20\n' }).errorOnWarn).toBe(true);
  });
  it('BUILDKIT_DOCKERFILE_CHECK replaces the directive', () => {
    const text = '# check=skip=StageNameCasing\nFROM alpine:3.20 AS Build\nMAINTAINER me\n';
    expect(ids(text)).not.toContain('StageNameCasing');
    const r = ids(text, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=MaintainerDeprecated' } });
    expect(r).toContain('StageNameCasing');
    expect(r).not.toContain('MaintainerDeprecated');
  });
  it('a per-instruction # check=skip= applies to that instruction only', () => {
    const text = 'FROM alpine:3.20\n# check=skip=SecretsUsedInArgOrEnv // not a secret\nARG KEY_TOKEN\nARG API_TOKEN\n';
    const f = check({ text }).filter((x) => x.ruleId === 'SecretsUsedInArgOrEnv');
    expect(f.map((x) => x.range.start.line)).toEqual([3]);
  });
  it('experimental rules need experimental= and ignore skip; engine decides what is experimental', () => {
    const desc = '# The version\nARG V=1\nFROM alpine:3.20\n';
    expect(ids(desc)).not.toContain('InvalidDefinitionDescription');
    expect(ids('# check=experimental=InvalidDefinitionDescription;skip=all\n\n' + desc)).toContain('InvalidDefinitionDescription');
    const ignored = { context: { dockerignore: '*.md\n' } };
    expect(ids('FROM alpine:3.20\nCOPY a.md /\n', { ...ignored, engine: 'latest' })).toContain('CopyIgnoredFile');
    expect(ids('FROM alpine:3.20\nCOPY a.md /\n', { ...ignored, engine: 'modern' })).not.toContain('CopyIgnoredFile');
    expect(ids('FROM alpine:3.20\nCOPY a.md /\n', { ...ignored, engine: 'v0.8' })).not.toContain('CopyIgnoredFile');
  });
});

describe('hadolint and Layerlab pragmas', () => {
  it('parses the forms, with reasons after a second #', () => {
    expect(parsePragma('# hadolint ignore=DL3007,DL3006 # pinned by digest')).toEqual({ kind: 'next', source: 'hadolint', rules: ['DL3007', 'DL3006'], reason: 'pinned by digest' });
    expect(parsePragma(' hadolint global ignore=DL3018')?.kind).toBe('file');
    expect(parsePragma('hadolint stage ignore=DL3003')?.kind).toBe('stage');
    expect(parsePragma('layerlab ignore=DL3007 -- reviewed')).toMatchObject({ source: 'layerlab', reason: 'reviewed' });
    expect(parsePragma('just a comment')).toBeUndefined();
  });
  it('ignore= applies to the next instruction, global ignore= to the file', () => {
    expect(ids('# hadolint ignore=DL3007\n' + LATEST)).not.toContain('DL3007');
    expect(ids('FROM alpine:3.20\n# hadolint global ignore=DL3007\n' + LATEST)).not.toContain('DL3007');
    expect(ids('# hadolint ignore=DL3006\n' + LATEST)).toContain('DL3007');
  });
  it('stage ignore= covers the rest of its stage only', () => {
    const text = 'FROM alpine:3.20\n# hadolint stage ignore=DL3003\nRUN cd /a && make\nFROM alpine:3.20\nRUN cd /b && make\n';
    expect(check({ text }).filter((f) => f.ruleId === 'DL3003').map((f) => f.range.start.line)).toEqual([4]);
  });
  it('layerlab ignore needs a reason, otherwise it is reported and not applied', () => {
    expect(ids('# layerlab ignore=DL3007 -- base pinned elsewhere\n' + LATEST)).not.toContain('DL3007');
    const r = ids('# layerlab ignore=DL3007\n' + LATEST);
    expect(r).toContain('DL3007');
    expect(r).toContain('SuppressionWithoutReason');
  });
  it('a hadolint alias id silences its BuildKit twin and duplicates are shown once', () => {
    const dup = 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n';
    expect(ids(dup).filter((x) => x === 'DuplicateStageName' || x === 'DL3024')).toEqual(['DuplicateStageName']);
    expect(ids('FROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n')).not.toContain('DuplicateStageName');
  });
});

describe('config (.layerlab.yaml schema)', () => {
  const known = new Set(allRules.map((r) => r.meta.id));
  it('accepts a full config and applies severities and ignores', () => {
    const res = validateConfig({ rules: { DL3007: 'error', DL3006: 'off' }, ignore: ['StageNameCasing'], failureThreshold: 'warning', engine: 'modern' }, known);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const f = check({ text: 'FROM golang:latest AS Build\nFROM alpine\n', config: res.config });
    expect(f.find((x) => x.ruleId === 'DL3007')?.severity).toBe('error');
    expect(f.map((x) => x.ruleId)).not.toContain('DL3006');
    expect(f.map((x) => x.ruleId)).not.toContain('StageNameCasing');
  });
  it('rejects bad values with a path and unknown rule ids by name', () => {
    const bad = validateConfig({ rules: { DL3007: 'warn' }, failureThreshold: 'high', extra: 1 }, known);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.some((e) => e.startsWith('rules.DL3007:'))).toBe(true);
    expect(bad.errors.some((e) => e.startsWith('failureThreshold:'))).toBe(true);
    expect(bad.errors.some((e) => e.includes('extra'))).toBe(true);
    const unknown = validateConfig({ ignore: ['DL9999'] }, known);
    expect(unknown).toEqual({ ok: false, errors: ['unknown rule id "DL9999" (run `layerlab rules` for the list)'] });
  });
});

describe('multi-stage and ARG awareness', () => {
  it('resolves ARGs in FROM before judging tags, with build args winning', () => {
    const text = 'ARG GO=1.23\nFROM golang:${GO}\nRUN go version\n';
    expect(ids(text)).not.toContain('DL3007');
    expect(ids(text, { buildArgs: { GO: 'latest' } })).toContain('DL3007');
  });
  it('judges the target stage only for final-image rules', () => {
    const text = 'FROM alpine:3.20 AS dev\nUSER root\nFROM alpine:3.20\nUSER 1000\n';
    expect(ids(text)).not.toContain('DL3002');
    expect(ids(text, { target: 'dev' })).toContain('DL3002');
  });
});
