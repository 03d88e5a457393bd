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

/** The hover line for a stage name. */
export function stageLine(stage: { readonly name: string; readonly index: number; readonly line: number; readonly base: string }, lang: DocLang): string {
  return lang === 'zh-cn'
    ? `阶段 **${stage.name}**（阶段 ${stage.index}，第 ${stage.line + 1} 行），基于 \`${stage.base}\``
    : `Stage **${stage.name}** (stage ${stage.index}, line ${stage.line + 1}), based on \`${stage.base}\``;
}

/** The completion detail of a stage name. */
export function stageDetail(index: number, base: string, lang: DocLang): string {
  return lang === 'zh-cn' ? `阶段 ${index}（FROM ${base}）` : `stage ${index} (FROM ${base})`;
}

/** The completion detail of a build arg that no ARG declares: set in the settings, or predefined by BuildKit. */
export function buildArgDetail(fromSettings: boolean, lang: DocLang): string {
  if (lang === 'zh-cn') return fromSettings ? '构建参数（来自设置）' : '预定义的构建参数';
  return fromSettings ? 'build arg (settings)' : 'predefined build arg';
}
