import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { complete, flagDocs, flagDocsZh, hover, instructionDocs, instructionDocsZh } from '../../src/core/language/index.ts';

const han = /\p{Script=Han}/u;
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').sort();

describe('Chinese instruction and flag docs', () => {
  it('has a Chinese summary and cache note for every instruction, with the same code spans', () => {
    for (const doc of instructionDocs) {
      const zh = instructionDocsZh[doc.keyword];
      expect(zh, doc.keyword).toBeDefined();
      expect(zh?.summary, doc.keyword).toMatch(han);
      expect(zh?.cache, doc.keyword).toMatch(han);
      expect(codeSpans(zh?.summary ?? ''), doc.keyword).toEqual(codeSpans(doc.summary));
      expect(codeSpans(zh?.cache ?? ''), doc.keyword).toEqual(codeSpans(doc.cache));
    }
  });
  it('has a Chinese summary for every flag, with the same code spans', () => {
    for (const doc of flagDocs) {
      const zh = flagDocsZh[doc.name];
      expect(zh, doc.name).toMatch(han);
      expect(codeSpans(zh ?? ''), doc.name).toEqual(codeSpans(doc.summary));
    }
  });
  it('has no Chinese entry without an English one', () => {
    expect(Object.keys(instructionDocsZh).sort()).toEqual(instructionDocs.map((d) => d.keyword).sort());
    expect(Object.keys(flagDocsZh).sort()).toEqual([...new Set(flagDocs.map((d) => d.name))].sort());
  });
});

describe('language option', () => {
  const tree = parseDockerfile('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\n');
  const at = (line: number, character: number) => ({ line, character });
  it('hovers an instruction in Chinese with lang zh-cn and in English by default', () => {
    const zh = hover(tree, at(1, 1), [], [], { lang: 'zh-cn' })?.contents.value ?? '';
    expect(zh).toContain('**RUN**');
    expect(zh).toContain(`*缓存：* ${instructionDocsZh['RUN']?.cache}`);
    expect(zh).not.toContain('Cache:');
    const en = hover(tree, at(1, 1))?.contents.value;
    expect(en).toBe('**RUN** `RUN [--mount=…] [--network=…] <command>`\n\nRuns a command in a new layer on top of the current one.\n\n'
      + '*Cache:* Keyed on the command text (after ARG/ENV expansion) and the layer below; files the command reads are not looked at. '
      + 'Bind mounts add the mounted files\' checksums; cache mounts are not part of the key.');
    expect(hover(tree, at(1, 1), [], [], { lang: 'en' })?.contents.value).toBe(en);
  });
  it('hovers a flag in Chinese with lang zh-cn', () => {
    expect(hover(tree, at(0, 8), [], [], { lang: 'zh-cn' })?.contents.value).toContain(flagDocsZh['platform']);
    expect(hover(tree, at(0, 8))?.contents.value).toContain('Picks the platform');
  });
  it('words completion docs in the requested language', () => {
    const blank = parseDockerfile('FROM alpine\nR');
    const run = (lang?: 'zh-cn') => complete(blank, at(1, 1), [], lang ? { lang } : {}).find((i) => i.label === 'RUN');
    expect(run('zh-cn')?.documentation).toBe(instructionDocsZh['RUN']?.summary);
    expect(run()?.documentation).toBe('Runs a command in a new layer on top of the current one.');
    const flags = complete(parseDockerfile('COPY --'), at(0, 7), [], { lang: 'zh-cn' });
    expect(flags.find((i) => i.label === '--link')?.documentation).toBe(flagDocsZh['link']);
  });
  it('words stage hovers and completion details in the requested language', () => {
    const staged = parseDockerfile('FROM golang:1.22 AS build\nFROM build AS next\nCOPY --from=build /a /b\nRUN echo $\n');
    expect(hover(staged, at(1, 6))?.contents.value).toBe('Stage **build** (stage 0, line 1), based on `golang:1.22`');
    expect(hover(staged, at(1, 6), [], [], { lang: 'zh-cn' })?.contents.value).toBe('阶段 **build**（阶段 0，第 1 行），基于 `golang:1.22`');
    const stage = (lang?: 'zh-cn') => complete(staged, at(2, 12), [], lang ? { lang } : {})[0]?.detail;
    expect(stage()).toBe('stage 0 (FROM golang:1.22)');
    expect(stage('zh-cn')).toBe('阶段 0（FROM golang:1.22）');
    const detail = (name: string, lang?: 'zh-cn') => complete(staged, at(3, 10), ['VERSION'], lang ? { lang } : {}).find((i) => i.label === name)?.detail;
    expect([detail('VERSION'), detail('TARGETOS')]).toEqual(['build arg (settings)', 'predefined build arg']);
    expect([detail('VERSION', 'zh-cn'), detail('TARGETOS', 'zh-cn')]).toEqual(['构建参数（来自设置）', '预定义的构建参数']);
  });
});
