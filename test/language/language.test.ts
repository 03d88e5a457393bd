import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { applyEdits, codeActions, complete, hover, type LspDiagnostic } from '../../src/core/language/index.ts';

const text = [
  'ARG GO_VERSION=1.22',
  'FROM golang:${GO_VERSION}-alpine AS build',
  'WORKDIR /src',
  'COPY --from=build /x /y',
  'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
  'FROM alpine AS final',
  '',
].join('\n');
const tree = parseDockerfile(text);
const at = (line: number, character: number) => ({ line, character });

describe('hover', () => {
  it('explains an instruction with its cache behaviour', () => {
    const h = hover(tree, at(4, 1));
    expect(h?.contents.value).toContain('**RUN**');
    expect(h?.contents.value).toContain('Cache:');
    expect(h?.range.start).toEqual(at(4, 0));
  });
  it('explains a flag of that instruction', () => {
    expect(hover(tree, at(3, 8))?.contents.value).toContain('--from');
    expect(hover(tree, at(4, 6))?.contents.value).toContain('--mount');
  });
  it('explains the rule behind a finding under the cursor', () => {
    const d: LspDiagnostic = { range: { start: at(2, 0), end: at(2, 12) }, severity: 2, code: 'WorkdirX', source: 'buildkit', message: 'm' };
    const h = hover(tree, at(2, 9), [d], [{ name: 'WorkdirX', description: 'Use absolute paths', url: 'https://example.com/r' }]);
    expect(h?.contents.value).toContain('**WorkdirX** — Use absolute paths');
    expect(h?.contents.value).toContain('https://example.com/r');
  });
  it('is null on blank space', () => {
    expect(hover(tree, at(6, 0))).toBeNull();
  });
});

describe('completion', () => {
  it('offers instructions at the start of a line, replacing the typed word', () => {
    const t = parseDockerfile('FROM alpine\nCO');
    const items = complete(t, at(1, 2));
    expect(items.map((i) => i.label)).toContain('COPY');
    expect(items.find((i) => i.label === 'COPY')?.range).toEqual({ start: at(1, 0), end: at(1, 2) });
  });
  it('offers the instruction\'s own flags after --', () => {
    const t = parseDockerfile('FROM alpine\nCOPY --');
    const labels = complete(t, at(1, 7)).map((i) => i.label);
    expect(labels).toContain('--from');
    expect(labels).toContain('--link');
    expect(labels).not.toContain('--mount');
  });
  it('offers earlier stage names after --from=', () => {
    const t = parseDockerfile('FROM golang AS build\nFROM alpine AS final\nCOPY --from=b');
    expect(complete(t, at(2, 13)).map((i) => i.label)).toEqual(['build', 'final']);
  });
  it('offers ARGs, settings args and predefined args after $', () => {
    const labels = complete(parseDockerfile('ARG VERSION=1\nFROM alpine\nRUN echo ${'), at(2, 11), ['COMMIT']).map((i) => i.label);
    expect(labels.slice(0, 2)).toEqual(['VERSION', 'COMMIT']);
    expect(labels).toContain('TARGETARCH');
  });
  it('does not offer instructions on a continuation line', () => {
    const t = parseDockerfile('FROM alpine\nRUN echo a \\\n  ');
    expect(complete(t, at(2, 2))).toEqual([]);
  });
});

describe('code actions', () => {
  const fixText = 'FROM alpine as base\n';
  const d: LspDiagnostic = {
    range: { start: at(0, 12), end: at(0, 14) }, severity: 2, code: 'FromAsCasing', source: 'buildkit', message: 'casing',
    data: { fixes: [{ title: 'Use AS', edits: [{ range: { start: at(0, 12), end: at(0, 14) }, newText: 'AS' }] }] },
  };
  it('offers each fix where the range touches the finding', () => {
    const actions = codeActions('file:///Dockerfile', [d], { start: at(0, 13), end: at(0, 13) });
    expect(actions).toHaveLength(1);
    expect(actions[0]?.isPreferred).toBe(true);
    expect(applyEdits(fixText, actions[0]!.edit.changes['file:///Dockerfile']!)).toBe('FROM alpine AS base\n');
    expect(codeActions('file:///Dockerfile', [d], { start: at(1, 0), end: at(1, 0) })).toEqual([]);
  });
});
