/** UI strings per language, a typed `t(key)`, and the locale routing helpers (English unprefixed, Chinese under /zh-cn/). */
import { en, type UiKey } from './en.ts';
import { zhCn } from './zh-cn.ts';

export type { UiKey } from './en.ts';

/** The site's languages; the first is the default, served without a prefix. */
export const LANGS = ['en', 'zh-cn'] as const;

/** A site language (the same ids as the content locales). */
export type Lang = (typeof LANGS)[number];

const dictionaries: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = { en, 'zh-cn': zhCn };

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh-cn' ? 'zh-CN' : 'en';
}

/** True for a supported language id. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A translator for one language: `t('nav.home')`, `t('lessons.minutes', { n: 5 })`. */
export function useTranslations(lang: Lang): (key: UiKey, vars?: Readonly<Record<string, string | number>>) => string {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const text = dict[key] ?? en[key];
    return vars === undefined ? text : text.replace(/\{(\w+)\}/g, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])));
  };
}

/** The language of a site path (`/zh-cn/…` is Chinese, everything else English). */
export function langFromPath(pathname: string): Lang {
  return pathname === '/zh-cn' || pathname.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
}

/** A path in the given language: `localePath('zh-cn', '/rules/')` → `/zh-cn/rules/`. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'en' ? clean : `/${lang}${clean}`;
}

/** The language-neutral part of a path: `/zh-cn/rules/` → `/rules/`. */
export function unlocalizedPath(pathname: string): string {
  const lang = langFromPath(pathname);
  if (lang === 'en') return pathname;
  const rest = pathname.slice(`/${lang}`.length);
  return rest === '' ? '/' : rest;
}
