/** Completions: instructions at a line start, flags after `--`, stage names after `--from=`, build args after `$`. */
import type { SyntaxTree } from '../syntax/types.ts';
import { flagDocs, instructionDocs, mountSnippets } from './docs.ts';
import { buildArgDetail, flagSummary, instructionText, stageDetail } from './docs-lang.ts';
import { lineAt } from './positions.ts';
import { declaredVariables, instructionOnLine, stageNames } from './tree-query.ts';
import type { CompletionItem, DocLang, LanguageOptions, LspPosition, LspRange } from './types.ts';

/** Build args BuildKit defines for every build. */
export const predefinedArgs: readonly string[] = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

/** Completion items at a position; `buildArgs` are the names set in the build settings; `lang` words the docs. */
export function complete(tree: SyntaxTree, pos: LspPosition, buildArgs: readonly string[] = [], options: LanguageOptions = {}): readonly CompletionItem[] {
  const lang = options.lang ?? 'en';
  const before = lineAt(tree.text, pos.line).slice(0, pos.character);
  const node = instructionOnLine(tree, pos.line);
  const continuation = node !== undefined && node.range.start.line < pos.line;
  const word = (length: number): LspRange => ({ start: { line: pos.line, character: pos.character - length }, end: pos });

  const variable = /\$\{?(\w*)$/.exec(before);
  if (variable) return variables(tree, buildArgs, word(variable[1]?.length ?? 0), lang);
  const from = /--from=([\w.-]*)$/.exec(before);
  if (from) return stages(tree, pos.line, word(from[1]?.length ?? 0), lang);
  const mount = /--mount=([\w=,/.-]*)$/.exec(before);
  if (mount) return mountSnippets.map((m) => item(m, 'value', 'mount', m, false, word(mount[1]?.length ?? 0)));
  const flag = /^\s*(\w+)\s+(?:--\S+\s+)*--([\w-]*)$/.exec(before);
  if (flag && !continuation) return flags(flag[1] ?? '', word((flag[2]?.length ?? 0) + 2), lang);
  const keyword = /^\s*(\w*)$/.exec(before);
  if (keyword && !continuation) {
    return instructionDocs.map((d) => item(d.keyword, 'keyword', d.synopsis, d.snippet, true, word(keyword[1]?.length ?? 0), instructionText(d, lang).summary));
  }
  const fromImage = /^\s*from\s+(?:--\S+\s+)*([\w.-]*)$/i.exec(before);
  if (fromImage && !continuation) return stages(tree, pos.line, word(fromImage[1]?.length ?? 0), lang);
  return [];
}

function flags(keyword: string, range: LspRange, lang: DocLang): CompletionItem[] {
  const upper = keyword.toUpperCase();
  return flagDocs
    .filter((d) => d.instructions.includes(upper))
    .map((d) => item(`--${d.name}`, 'flag', d.synopsis, d.name === 'link' || d.name === 'parents' || d.name === 'keep-git-dir' ? `--${d.name}` : `--${d.name}=`, false, range, flagSummary(d, lang)));
}

function stages(tree: SyntaxTree, line: number, range: LspRange, lang: DocLang): CompletionItem[] {
  return stageNames(tree)
    .filter((s) => s.line < line && s.name !== '')
    .map((s) => item(s.name, 'stage', stageDetail(s.index, s.base, lang), s.name, false, range));
}

function variables(tree: SyntaxTree, buildArgs: readonly string[], range: LspRange, lang: DocLang): CompletionItem[] {
  const declared = declaredVariables(tree);
  const names = new Set(declared.map((d) => d.name));
  const items = declared.map((d) => item(d.name, 'variable', `${d.kind}${d.value ? ` = ${d.value}` : ''}`, d.name, false, range));
  for (const name of [...buildArgs, ...predefinedArgs]) {
    if (names.has(name)) continue;
    names.add(name);
    items.push(item(name, 'variable', buildArgDetail(buildArgs.includes(name), lang), name, false, range));
  }
  return items;
}

function item(label: string, kind: CompletionItem['kind'], detail: string, insertText: string, snippet: boolean, range: LspRange, documentation?: string): CompletionItem {
  return documentation === undefined ? { label, kind, detail, insertText, snippet, range } : { label, kind, detail, insertText, snippet, range, documentation };
}
