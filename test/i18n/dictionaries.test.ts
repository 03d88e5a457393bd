/** Every UI key exists in both dictionaries, and no Chinese value is empty or an English sentence left behind. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
/** A value with at most one word (a name, a language, a token) may read the same in both languages. */
const technical = (text: string): boolean => !/[A-Za-z]{2,}[^{}]*\s+[^{}]*[A-Za-z]{2,}/.test(text);
const cjk = /[\u3400-\u9fff]/;

describe('i18n dictionaries', () => {
  const enKeys = Object.keys(en).sort();
  const zhKeys = Object.keys(zhCn).sort();

  it('have the same keys', () => {
    expect(zhKeys).toEqual(enKeys);
    expect(enKeys.filter((k) => k.startsWith('pg.')).length).toBeGreaterThan(80);
  });

  it('have no empty value', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zhCn)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders, in the same order, in both languages', () => {
    for (const key of enKeys) expect(placeholders(zhCn[key as keyof typeof en]), key).toEqual(placeholders(en[key as keyof typeof en]));
  });

  it('have no Chinese value equal to an English sentence, and every Chinese sentence has Chinese in it', () => {
    for (const key of enKeys) {
      const zh = zhCn[key as keyof typeof en];
      const english = en[key as keyof typeof en];
      if (zh === english) expect(technical(english), `${key}: "${zh}" is the English text`).toBe(true);
      else if (!technical(english)) expect(cjk.test(zh), `${key}: "${zh}" has no Chinese`).toBe(true);
    }
  });

  it('the technical-token check tells tokens from sentences', () => {
    expect(technical('Layerlab')).toBe(true);
    expect(technical('Export .zip')).toBe(false);
    expect(technical('Build #{id}')).toBe(true);
    expect(technical('Problems ({n})')).toBe(true);
    expect(technical('Record two builds to compare them.')).toBe(false);
  });

  it('the Chinese translator fills placeholders', () => {
    const t = useTranslations('zh-cn');
    expect(t('pg.status.recorded', { id: 2, cached: 3, run: 1 })).toBe('已记录构建 #2：3 步命中缓存，1 步执行。');
    expect(t('pg.rebuild')).toBe('重新构建');
  });
});
