/** Hovers on Chinese pages show the rule's title from its Chinese page; English hovers are untouched. */
import { describe, expect, it } from 'vitest';
import { hover } from '../../src/core/language/hover.ts';
import type { LspDiagnostic } from '../../src/core/language/types.ts';
import { analysis } from '../../src/editor/analysis.ts';
import { english, translator } from '../../src/editor/i18n.ts';
import { localizeHover } from '../../src/editor/rule-titles.ts';

const text = 'FROM alpine\nCMD echo hi\n';
const at = { line: 1, character: 2 };
const finding: LspDiagnostic = { source: 'layerlab', severity: 2, code: 'JSONArgsRecommended', message: 'JSON arguments recommended for CMD', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } } };
const rules = [{ name: 'JSONArgsRecommended', description: 'JSON arguments recommended for ENTRYPOINT/CMD', url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/' }];
const titles = { JSONArgsRecommended: '建议 CMD/ENTRYPOINT 使用 JSON 参数' };

describe('localizeHover', () => {
  const english_ = hover(analysis.parse(text), at, [finding], rules);

  it('swaps the rule title and the link label on a Chinese page, keeping the id, URL and instruction docs', () => {
    expect(english_?.contents.value).toContain('**JSONArgsRecommended** — JSON arguments recommended for ENTRYPOINT/CMD');
    const zh = localizeHover(english_, titles, translator('zh-cn'))?.contents.value ?? '';
    expect(zh).toContain('**JSONArgsRecommended** — 建议 CMD/ENTRYPOINT 使用 JSON 参数');
    expect(zh).toContain('[规则说明](https://docs.docker.com/go/dockerfile/rule/json-args-recommended/)');
    expect(zh).not.toContain('JSON arguments recommended for ENTRYPOINT/CMD');
    expect(zh.split('\n\n---\n\n').length).toBe(english_?.contents.value.split('\n\n---\n\n').length);
  });

  it('keeps English hovers, untranslated rules and empty hovers as they are', () => {
    expect(localizeHover(english_, titles, english)).toBe(english_);
    expect(localizeHover(english_, {}, translator('zh-cn'))?.contents.value).toContain('JSON arguments recommended for ENTRYPOINT/CMD');
    expect(localizeHover(null, titles, translator('zh-cn'))).toBeNull();
  });
});
