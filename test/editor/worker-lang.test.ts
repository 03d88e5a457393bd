import { describe, expect, it } from 'vitest';
import { analysis } from '../../src/editor/analysis.ts';
import { createHandler } from '../../src/editor/worker-handler.ts';
import { flagDocsZh, instructionDocsZh } from '../../src/core/language/index.ts';

describe('worker handler passes the page language to hover and completion', () => {
  const handle = createHandler(analysis);
  const text = 'FROM alpine\nRUN echo hi\nCOPY --';
  const value = (reply: ReturnType<typeof handle>): string => (reply.kind === 'result' ? JSON.stringify(reply.result) : reply.message);
  it('hovers in Chinese when asked, in English otherwise', () => {
    const position = { line: 1, character: 1 };
    const zh = value(handle({ kind: 'request', id: 1, method: 'hover', params: { text, position, lang: 'zh-cn' } }));
    expect(zh).toContain(instructionDocsZh['RUN']?.cache);
    expect(value(handle({ kind: 'request', id: 2, method: 'hover', params: { text, position } }))).toContain('*Cache:* Keyed on the command text');
  });
  it('words completion docs in the requested language', () => {
    const position = { line: 2, character: 7 };
    const zh = value(handle({ kind: 'request', id: 3, method: 'complete', params: { text, position, buildArgs: [], lang: 'zh-cn' } }));
    expect(zh).toContain(flagDocsZh['link']);
    expect(value(handle({ kind: 'request', id: 4, method: 'complete', params: { text, position, buildArgs: [] } }))).toContain('Copies into an independent layer');
  });
});
