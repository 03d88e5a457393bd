/** Hover docs: instructions, flags, and the rule behind a finding under the cursor. */
import type { SyntaxTree } from '../syntax/types.ts';
import { flagDoc, instructionDoc } from './docs.ts';
import { cacheLabel, flagSummary, instructionText, stageLine } from './docs-lang.ts';
import { rangeContains } from './positions.ts';
import { stageNames, wordAt } from './tree-query.ts';
import type { DocLang, Hover, LanguageOptions, LspDiagnostic, LspPosition, RuleDoc } from './types.ts';

/** The hover at a position: rule docs for findings there, else the instruction, flag or stage doc (`lang` words the docs). */
export function hover(tree: SyntaxTree, pos: LspPosition, diagnostics: readonly LspDiagnostic[] = [], rules: readonly RuleDoc[] = [], options: LanguageOptions = {}): Hover | null {
  const lang = options.lang ?? 'en';
  const finding = diagnostics.find((d) => rangeContains(d.range, pos) && rules.some((r) => r.name === d.code));
  const rule = finding && rules.find((r) => r.name === finding.code);
  const parts: string[] = [];
  if (finding && rule) parts.push(`**${rule.name}** — ${rule.description}${rule.url ? `\n\n[Rule reference](${rule.url})` : ''}`);
  const at = wordAt(tree, pos);
  if (at) {
    switch (at.kind) {
      case 'keyword': {
        const doc = instructionDoc(at.word.value);
        const words = doc && instructionText(doc, lang);
        if (doc && words) parts.push(`**${doc.keyword}** \`${doc.synopsis}\`\n\n${words.summary}\n\n${cacheLabel(lang)} ${words.cache}`);
        break;
      }
      case 'flag': {
        const doc = flagDoc(at.node.keyword, at.name);
        if (doc) parts.push(`**--${doc.name}** \`${doc.synopsis}\`\n\n${flagSummary(doc, lang)}`);
        break;
      }
      case 'arg':
        parts.push(...stageHover(tree, at.node.keyword, at.word.value, lang));
        break;
      default: {
        const never: never = at;
        throw new Error(`unknown word ${String(never)}`);
      }
    }
  }
  if (parts.length === 0) return null;
  const range = finding && !at ? finding.range : (at?.word.range ?? finding?.range);
  return range ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range } : null;
}

function stageHover(tree: SyntaxTree, keyword: string, value: string, lang: DocLang): string[] {
  if (keyword !== 'from') return [];
  const stage = stageNames(tree).find((s) => s.name !== '' && s.name.toLowerCase() === value.toLowerCase());
  return stage ? [stageLine(stage, lang)] : [];
}
