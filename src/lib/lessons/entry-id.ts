/** Content entry ids and locales from file paths: `01-x/index.zh-cn.mdx` → `zh-cn/01-x`, `DL3007.mdx` → `en/DL3007`. */
import type { Locale } from './schema.ts';

/** The locale a content file is written in, read from its name (`*.zh-cn.mdx` is Chinese, anything else English). */
export function localeOf(entry: string): Locale {
  return /\.zh-cn\.mdx?$/.test(entry) ? 'zh-cn' : 'en';
}

/** The entry's name without locale suffix and extension: the lesson folder for lessons, the rule id for rules. */
export function entryName(entry: string): string {
  const file = entry.replace(/\.(zh-cn\.)?mdx?$/, '');
  return file.endsWith('/index') ? file.slice(0, -'/index'.length) : file;
}

/** A collection id unique across languages: `<locale>/<name>`. */
export function entryId(entry: string): string {
  return `${localeOf(entry)}/${entryName(entry)}`;
}
