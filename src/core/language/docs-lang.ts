/** The instruction and flag docs in a reader's language: English from docs.ts, Chinese from docs-zh-cn.ts. */
import type { FlagDoc, InstructionDoc } from './docs.ts';
import { flagDocsZh, instructionDocsZh } from './docs-zh-cn.ts';
import type { DocLang } from './types.ts';

/** An instruction's summary and cache note in a language (English when no Chinese entry exists). */
export function instructionText(doc: InstructionDoc, lang: DocLang): { readonly summary: string; readonly cache: string } {
  const zh = lang === 'zh-cn' ? instructionDocsZh[doc.keyword] : undefined;
  return zh ?? { summary: doc.summary, cache: doc.cache };
}

/** A flag's summary in a language (English when no Chinese entry exists). */
export function flagSummary(doc: FlagDoc, lang: DocLang): string {
  return (lang === 'zh-cn' ? flagDocsZh[doc.name] : undefined) ?? doc.summary;
}

/** The label in front of an instruction's cache note. */
export function cacheLabel(lang: DocLang): string {
  return lang === 'zh-cn' ? '*缓存：*' : '*Cache:*';
}
