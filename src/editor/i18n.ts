/** The playground's language: read from its shell (`data-lang`) or the page's `<html lang>`, and a translator for it. */
import { isLang, useTranslations, type Lang, type UiKey } from '../i18n/index.ts';
import { renderCauseZh } from '../core/simulate/render-zh.ts';
import type { Cause } from './protocol.ts';

/** A translator that knows its language: `t('pg.build')`, `t('pg.status.recorded', { id: 2, cached: 3, run: 1 })`. */
export type Translate = ((key: UiKey, vars?: Readonly<Record<string, string | number>>) => string) & { readonly lang: Lang };

/** The translator for a language. */
export function translator(lang: Lang): Translate {
  return Object.assign(useTranslations(lang), { lang });
}

/** The English translator (views' default, so callers without a language keep today's text). */
export const english: Translate = translator('en');

/** The language of a playground element: its shell's `data-lang`, else `<html lang>` (zh-CN → zh-cn), else English. */
export function playgroundLang(el: Element): Lang {
  const shell = el.closest<HTMLElement>('[data-playground]');
  const tag = (shell?.dataset['lang'] ?? el.ownerDocument.documentElement.lang ?? '').toLowerCase();
  if (isLang(tag)) return tag;
  return tag.startsWith('zh') ? 'zh-cn' : 'en';
}

/** The translator for a playground element's language. */
export function translatorFor(el: Element): Translate {
  return translator(playgroundLang(el));
}

/** A cause line in the page's language: English as the worker rendered it, Chinese from the cause data when present. */
export function causeText(cause: Cause, t: Translate): string {
  if (t.lang === 'en' || cause.data === undefined) return cause.text;
  const text = `${renderCauseZh(cause.data)}。`;
  return cause.root === undefined ? text : t('pg.cause.root', { step: cause.root, text });
}
