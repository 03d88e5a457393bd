/** Site view models and protocols: lesson fallbacks, rule examples, i18n, routing, embed origin checks. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { langFromPath, localePath, unlocalizedPath, useTranslations } from '../../src/i18n/index.ts';
import { lessonViews, markedFiles, type LessonEntry } from '../../src/lib/site/lessons.ts';
import { badExamples, ruleViews } from '../../src/lib/site/rules.ts';
import { allowedOrigins, parseHostMessage, targetOrigin } from '../../src/lib/site/embed-protocol.ts';
import { shareHash } from '../../src/lib/site/share-link.ts';
import { decodeShare } from '../../src/editor/state/share.ts';
import type { Lesson } from '../../src/lib/lessons/schema.ts';

const lesson = (id: string, order: number, title: string): LessonEntry => ({
  id,
  data: { title, summary: `${title}.`, order, slug: id.split('/')[1]!.slice(3), minutes: 5, files: { focus: 'Dockerfile', readonly: [], hidden: [] }, builds: [], goals: [] } as unknown as Lesson,
});

describe('lessonViews', () => {
  const entries = [lesson('en/01-one', 1, 'One'), lesson('en/02-two', 2, 'Two'), lesson('zh-cn/01-one', 1, '一')];
  it('falls back to the English text where a translation is missing and says so', () => {
    const zh = lessonViews(entries, 'zh-cn');
    expect(zh.map((v) => [v.slug, v.title, v.translated, v.entryId])).toEqual([['one', '一', true, 'zh-cn/01-one'], ['two', 'Two', false, 'en/02-two']]);
  });
  it('links previous and next lessons within the language', () => {
    const [first, second] = lessonViews(entries, 'zh-cn');
    expect(first?.prev).toBeNull();
    expect(first?.next).toEqual({ slug: 'two', title: 'Two', href: '/zh-cn/lessons/two/' });
    expect(second?.prev?.href).toBe('/zh-cn/lessons/one/');
    expect(second?.next).toBeNull();
  });
  it('marks read-only and hidden starting files', () => {
    expect(markedFiles({ a: '1', b: '2', c: '3' }, { focus: 'a', readonly: ['b'], hidden: ['c'] })).toEqual([
      { path: 'a', content: '1' }, { path: 'b', content: '2', readonly: true }, { path: 'c', content: '3', hidden: true },
    ]);
  });
});

describe('rules', () => {
  it('finds only the fenced blocks marked bad', () => {
    const body = '## Bad\n\n```dockerfile bad\nFROM a\nRUN x\n```\n\n```dockerfile good\nFROM b\n```\n\n```dockerfile\nFROM c\n```\n';
    expect(badExamples(body)).toEqual(['FROM a\nRUN x\n']);
  });
  it('joins checker data with pages and falls back to English pages', () => {
    const meta = { id: 'R1', title: 'Rule one', family: 'layerlab', severity: 'warning', category: 'cache', url: '', engines: ['modern'], fixable: false } as const;
    const views = ruleViews([meta], [{ id: 'en/R1', data: { id: 'R1', title: 'Rule one', summary: 'S.' } }], 'zh-cn');
    expect(views).toHaveLength(1);
    expect(views[0]?.translated).toBe(false);
    expect(views[0]?.doc?.id).toBe('en/R1');
  });
  it('builds a share hash the playground decodes back to the example', () => {
    const state = decodeShare(shareHash({ Dockerfile: 'FROM alpine\nCOPY a /$X/\n' }).slice('#share='.length));
    expect(state?.workspace.files).toEqual([{ path: 'Dockerfile', content: 'FROM alpine\nCOPY a /$X/\n' }]);
  });
});

describe('i18n', () => {
  it('has every English key in Chinese, none empty, and placeholders kept', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCn[key as keyof typeof en];
      expect(zh.length, key).toBeGreaterThan(0);
      expect(zh.match(/\{\w+\}/g) ?? [], key).toEqual(text.match(/\{\w+\}/g) ?? []);
    }
  });
  it('translates with variables and routes by prefix', () => {
    expect(useTranslations('zh-cn')('lessons.minutes', { n: 7 })).toBe('7 分钟');
    expect(localePath('zh-cn', '/rules/')).toBe('/zh-cn/rules/');
    expect(localePath('en', '/rules/')).toBe('/rules/');
    expect(langFromPath('/zh-cn/rules/x/')).toBe('zh-cn');
    expect(langFromPath('/zh-cnx/')).toBe('en');
    expect(unlocalizedPath('/zh-cn/')).toBe('/');
    expect(unlocalizedPath('/zh-cn/lessons/a/')).toBe('/lessons/a/');
  });
});

describe('embed protocol', () => {
  it('allows the own origin, configured origins and the URL parameter, nothing else', () => {
    const allowed = allowedOrigins('https://layerlab.dev', 'https://a.example', 'https://b.example/docs/page, javascript:alert(1),not a url');
    expect([...allowed].sort()).toEqual(['https://a.example', 'https://b.example', 'https://layerlab.dev']);
  });
  it('posts only to an allowed parent', () => {
    const allowed = new Set(['https://a.example']);
    expect(targetOrigin(allowed, 'https://a.example', '')).toBe('https://a.example');
    expect(targetOrigin(allowed, undefined, 'https://a.example/page?x')).toBe('https://a.example');
    expect(targetOrigin(allowed, 'https://evil.example', 'https://a.example/')).toBeNull();
    expect(targetOrigin(allowed, undefined, '')).toBeNull();
  });
  it('parses well-formed requests and drops the rest', () => {
    expect(parseHostMessage({ layerlab: 1, type: 'getState', id: 'r1' })).toEqual({ layerlab: 1, type: 'getState', id: 'r1' });
    expect(parseHostMessage({ layerlab: 1, type: 'setFiles', id: 'r2', files: { Dockerfile: 'FROM a' } })).toEqual({ layerlab: 1, type: 'setFiles', id: 'r2', files: { Dockerfile: 'FROM a' } });
    expect(parseHostMessage({ layerlab: 1, type: 'setFiles', id: 'r3', files: { Dockerfile: 3 } })).toBeNull();
    expect(parseHostMessage({ layerlab: 2, type: 'getState', id: 'r4' })).toBeNull();
    expect(parseHostMessage({ layerlab: 1, type: 'eval', id: 'r5' })).toBeNull();
    expect(parseHostMessage('getState')).toBeNull();
  });
});
