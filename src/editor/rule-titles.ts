/** Rule titles in hovers from the page's translated rule pages (the worker words them in English). */
import type { Hover } from '../core/language/types.ts';
import type { Translate } from './i18n.ts';

/** Rule id → title in the page's language (only rules whose page is translated). */
export type RuleTitles = Readonly<Record<string, string>>;

/** Reads the titles a Chinese page embeds beside the playground config (none on English pages). */
export function readRuleTitles(root: HTMLElement): RuleTitles {
  const text = root.querySelector('script[data-rule-titles]')?.textContent;
  try {
    return text ? (JSON.parse(text) as RuleTitles) : {};
  } catch {
    return {};
  }
}

/** The hover with each rule part (`**Id** — title`, `[Rule reference](url)`) in the translator's language. */
export function localizeHover(hover: Hover | null, titles: RuleTitles, t: Translate): Hover | null {
  if (!hover || t.lang === 'en') return hover;
  const value = hover.contents.value
    .replace(/^\*\*([A-Za-z0-9_-]+)\*\* — (.*)$/gm, (line, id: string) => (titles[id] === undefined ? line : `**${id}** — ${titles[id]}`))
    .replace(/^\[Rule reference\]\(/gm, `[${t('pg.hover.ruleReference')}](`);
  return { ...hover, contents: { ...hover.contents, value } };
}
