/** The Chinese cause renderer covers every cause kind the English renderer knows, and says it in Chinese. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cause } from '../../src/core/simulate/causes.ts';
import { renderCause, renderCauses } from '../../src/core/simulate/render.ts';
import { renderCauseZh, renderCausesZh } from '../../src/core/simulate/render-zh.ts';

type Samples = { readonly [K in Cause['kind']]: Extract<Cause, { kind: K }> };

/** One cause of every kind (the mapped type makes a new kind a compile error here too). */
const samples: Samples = {
  'first-build': { kind: 'first-build' },
  'new-step': { kind: 'new-step' },
  'no-cache': { kind: 'no-cache' },
  'instruction-changed': { kind: 'instruction-changed', before: 'RUN go build ./...', after: 'RUN go build -trimpath ./...' },
  'destination-changed': { kind: 'destination-changed', before: '/src', after: '/app' },
  'expansion-changed': { kind: 'expansion-changed' },
  'build-arg-changed': { kind: 'build-arg-changed', name: 'VERSION', before: undefined, after: '1.2' },
  'env-changed': { kind: 'env-changed', name: 'CGO_ENABLED', before: '1', after: '' },
  'workdir-changed': { kind: 'workdir-changed', before: '/src', after: '/app' },
  'user-changed': { kind: 'user-changed', before: '', after: 'nonroot' },
  'base-image-changed': { kind: 'base-image-changed', before: 'golang:1.22', after: 'golang:1.23' },
  'previous-step-ran': { kind: 'previous-step-ran', step: '[builder 3/6] COPY . .' },
  'previous-step-changed': { kind: 'previous-step-changed', step: '[builder 2/6] WORKDIR /src' },
  'files-changed': { kind: 'files-changed', instruction: 'COPY . .', changes: [{ path: 'main.go', change: 'modified' }, { path: 'a.go', change: 'added' }, { path: 'b.go', change: 'deleted' }, { path: 'c.sh', change: 'mode' }, { path: 'd', change: 'excluded' }] },
  'context-changed': { kind: 'context-changed', instruction: 'COPY . .' },
  'stage-output-changed': { kind: 'stage-output-changed', instruction: 'COPY --from=builder /out/app /app', stage: 'builder', paths: ['/out/app'], producer: { step: '[builder 6/6] RUN go build -o /out/app .', model: 'go-build', dependsOn: 'Go sources' } },
  unchanged: { kind: 'unchanged' },
  'identical-output': { kind: 'identical-output', instruction: 'COPY --from=builder /out/app /app', stage: 'builder', paths: ['/out/app'] },
  'same-content': { kind: 'same-content', instruction: 'COPY . .', changes: [{ path: 'main.go', change: 'modified' }] },
  restored: { kind: 'restored', build: 1 },
  error: { kind: 'error', message: 'failed to compute cache key: "/missing" not found' },
};

/** The kinds the English renderer's switch handles, read from its source. */
function englishKinds(): string[] {
  const source = readFileSync(new URL('../../src/core/simulate/render.ts', import.meta.url), 'utf8');
  const body = source.slice(source.indexOf('export function renderCause('), source.indexOf('export function renderCauses('));
  return [...body.matchAll(/case '([a-z-]+)':/g)].map((m) => m[1] ?? '').sort();
}

describe('renderCauseZh', () => {
  it('has a sample for every kind in the English renderer', () => {
    const kinds = englishKinds();
    expect(kinds.length).toBeGreaterThan(15);
    expect(Object.keys(samples).sort()).toEqual(kinds);
  });

  for (const kind of englishKinds()) {
    it(`words ${kind} in Chinese, keeping names and steps as they are`, () => {
      const cause = samples[kind as Cause['kind']];
      const zh = renderCauseZh(cause);
      expect(zh.trim()).not.toBe('');
      if (cause.kind === 'error') {
        // Errors are BuildKit's own messages: kept word for word.
        expect(zh).toBe(cause.message);
        return;
      }
      expect(zh).toMatch(/[\u3400-\u9fff]/);
      expect(zh).not.toBe(renderCause(cause));
      // Names, values and steps the English sentence quotes appear unchanged in the Chinese one.
      const english = renderCause(cause);
      for (const token of Object.values(cause).filter((v): v is string => typeof v === 'string' && v !== kind && v !== '' && english.includes(v))) expect(zh).toContain(token);
    });
  }

  it('lists file changes with Chinese change words and counts the rest', () => {
    expect(renderCauseZh(samples['files-changed'])).toBe('main.go 已修改、a.go 已新增、b.go 已删除、c.sh 权限已改变，另有 1 个，而 `COPY . .` 会读取这些文件');
    expect(renderCauseZh(samples['user-changed'])).toBe('用户从 root（默认） 变成了 nonroot');
    expect(renderCauseZh(samples['build-arg-changed'])).toBe('构建参数 VERSION 从 未设置 变成了 1.2');
  });

  it('joins a chain with Chinese punctuation; the English chain is unchanged', () => {
    const chain: Cause[] = [samples['previous-step-ran'], samples.unchanged];
    expect(renderCausesZh(chain)).toBe('它的上一步重新执行了（`[builder 3/6] COPY . .`）；它依赖的内容都没有变。');
    expect(renderCauses(chain)).toBe('Its previous step ran again (`[builder 3/6] COPY . .`); nothing it depends on changed.');
    expect(renderCausesZh([])).toBe('');
  });
});
