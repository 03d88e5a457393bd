import { describe, expect, it } from 'vitest';
import { analysis } from '../../src/editor/analysis.ts';
import { defaultSettings, type BuildInput } from '../../src/editor/protocol.ts';
import { goMonorepo, goService } from '../../src/editor/examples.ts';

const base = Object.fromEntries(goService.files.map((f) => [f.path, f.content]));
const reordered: Record<string, string> = { ...base, Dockerfile: base['Dockerfile']!.replace('COPY . .\nCOPY go.mod go.sum ./\nRUN go mod download\n', 'COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n') };
const input = (files: Record<string, string>): BuildInput => ({ files, settings: defaultSettings });

describe('analysis adapter (core pipeline → view model)', () => {
  it('predicts a cold first build: every step runs', () => {
    const r = analysis.analyze({ current: input(base), history: [], dockerfile: 'Dockerfile' });
    expect(r.core).toMatchObject({ parser: true, rules: true, graph: true, simulate: true });
    expect(r.steps.map((s) => s.verdict)).toEqual(['run', 'run', 'run', 'run', 'run', 'run']);
    expect(r.steps[0]?.name).toBe('[builder 2/6] WORKDIR /src');
    expect(r.log).toContain('#');
  });
  it('after moving go.mod first and editing main.go, go mod download stays cached, with the reason', () => {
    const edited = { ...reordered, 'main.go': reordered['main.go'] + '// change\n' };
    const r = analysis.analyze({ current: input(edited), history: [input(reordered)], dockerfile: 'Dockerfile' });
    const download = r.steps.find((s) => s.name.endsWith('RUN go mod download'));
    expect(download?.verdict).toBe('cached');
    expect(download?.causes[0]?.text).toMatch(/nothing it depends on changed/i);
    const copyAll = r.steps.find((s) => s.name.endsWith('COPY . .'));
    expect(copyAll?.verdict).toBe('run');
    expect(copyAll?.causes[0]).toMatchObject({ file: 'main.go' });
    expect(r.log).toMatch(/#\d+ \[builder 4\/6\] RUN go mod download\n#\d+ CACHED/);
    expect(r.estimate.warmSeconds).toBeLessThan(r.estimate.coldSeconds);
  });
  it('with the original order, the same edit re-runs go mod download because COPY . . ran', () => {
    const edited = { ...base, 'main.go': base['main.go'] + '// change\n' };
    const r = analysis.analyze({ current: input(edited), history: [input(base)], dockerfile: 'Dockerfile' });
    const download = r.steps.find((s) => s.name.endsWith('RUN go mod download'));
    expect(download?.verdict).toBe('run');
    expect(download?.causes[0]?.range?.start.line).toBe(4);
  });
  it('lays the two builder stages of a monorepo on parallel lanes, with a critical path', () => {
    const files = Object.fromEntries(goMonorepo.files.map((f) => [f.path, f.content]));
    const r = analysis.analyze({ current: input(files), history: [], dockerfile: 'Dockerfile' });
    const api = r.stages.find((s) => s.name === 'build-api');
    const worker = r.stages.find((s) => s.name === 'build-worker');
    expect(api && worker && api.lane !== worker.lane).toBe(true);
    expect(api!.start).toBe(worker!.start);
    expect(r.stages.filter((s) => s.critical).map((s) => s.name)).toContain('base');
  });
  it('--no-cache runs every RUN, COPY and ADD step even after a build, and says why', () => {
    const r = analysis.analyze({ current: { files: base, settings: { ...defaultSettings, noCache: true } }, history: [input(base)], dockerfile: 'Dockerfile' });
    const forced = r.steps.filter((s) => /\] (RUN|COPY|ADD) /.test(s.name));
    expect(forced.length).toBe(5);
    expect(forced.every((s) => s.verdict === 'run' && s.causes[0]?.text.includes('--no-cache'))).toBe(true);
  });
  it('uses the scheduler: cold time above the warm rebuild, and a cause chain back to the root', () => {
    const edited = { ...base, 'main.go': base['main.go'] + '// change\n' };
    const r = analysis.analyze({ current: input(edited), history: [input(base)], dockerfile: 'Dockerfile' });
    expect(r.core.schedule).toBe(true);
    expect(r.estimate.coldSeconds).toBeGreaterThan(r.estimate.warmSeconds);
    expect(r.estimate.imageBytes).toBeGreaterThan(0);
    const build = r.steps.find((s) => s.name.includes('go build'));
    const texts = build?.causes.map((c) => c.text) ?? [];
    expect(texts).toContain('root cause, at `[builder 3/6] COPY . .`: main.go modified and `COPY . .` reads it.');
    expect(build?.causes.some((c) => c.file === 'main.go')).toBe(true);
  });
});

describe('analysis adapter on broken input', () => {
  const cases = ['', 'FROM', 'RUN echo hi', 'FROM a AS b\nCOPY --from=nope /x /y\n', 'FROM alpine\nRUN <<EOF\necho\n', 'ARG X\nFROM ${X}\n', 'FROM alpine\nONBUILD RUN x\nCOPY --chmod=999 a b\n'];
  for (const text of cases) {
    it(`never throws and reports something sensible for ${JSON.stringify(text)}`, () => {
      const r = analysis.analyze({ current: input({ Dockerfile: text }), history: [input({ Dockerfile: text })], dockerfile: 'Dockerfile' });
      expect(Array.isArray(r.steps)).toBe(true);
      expect(r.steps.length + r.diagnostics.length).toBeGreaterThanOrEqual(text.trim() === '' ? 0 : 1);
    });
  }
});

describe('analysis adapter keeps findings when a stage fails', () => {
  it('turns a thrown simulator error into a warning and still returns the checker findings', async () => {
    const { createAnalysis } = await import('../../src/editor/analysis.ts');
    const broken = createAnalysis(() => { throw new Error('boom'); });
    const r = broken.analyze({ current: input(base), history: [], dockerfile: 'Dockerfile' });
    expect(r.steps).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'simulator-failed')?.message).toContain('boom');
    expect(r.diagnostics.some((d) => d.code === 'JSONArgsRecommended')).toBe(true);
  });
});
