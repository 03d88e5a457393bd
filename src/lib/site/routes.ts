/** Site URLs, computed in one place (pages and components only read them). */
import { localePath, type Lang } from '../../i18n/index.ts';

/** The lesson list. */
export function lessonsPath(lang: Lang): string {
  return localePath(lang, '/lessons/');
}

/** One lesson. */
export function lessonPath(lang: Lang, slug: string): string {
  return localePath(lang, `/lessons/${slug}/`);
}

/** The rule index. */
export function rulesPath(lang: Lang): string {
  return localePath(lang, '/rules/');
}

/** One rule page. */
export function rulePath(lang: Lang, id: string): string {
  return localePath(lang, `/rules/${id}/`);
}

/** The search page. */
export function searchPath(lang: Lang): string {
  return localePath(lang, '/search/');
}

/** The playground page. */
export function playgroundPath(lang: Lang): string {
  return localePath(lang, '/playground/');
}

/** A lesson's embed. */
export function embedLessonPath(lang: Lang, slug: string): string {
  return localePath(lang, `/embed/${slug}/`);
}

/** The bare playground embed. */
export function embedPlaygroundPath(lang: Lang): string {
  return localePath(lang, '/embed/playground/');
}

/** The main navigation of a language. */
export function navLinks(lang: Lang, t: (key: 'nav.home' | 'nav.playground' | 'nav.lessons' | 'nav.rules' | 'nav.search') => string): { href: string; label: string }[] {
  return [
    { href: localePath(lang, '/'), label: t('nav.home') },
    { href: lang === 'en' ? '/playground' : playgroundPath(lang), label: t('nav.playground') },
    { href: lessonsPath(lang), label: t('nav.lessons') },
    { href: rulesPath(lang), label: t('nav.rules') },
    { href: searchPath(lang), label: t('nav.search') },
  ];
}
