/** Rule view models: the checker's rule data joined with the reference pages, per language. */
import type { RuleMeta } from '../../core/rules/index.ts';
import type { Lang } from '../../i18n/index.ts';

/** A rule page entry as the content collection gives it (id `<locale>/<rule id>`). */
export interface RuleDocEntry {
  readonly id: string;
  readonly body?: string;
  readonly data: { readonly id: string; readonly title: string; readonly summary: string };
}

/** What a rule page and the index render. */
export interface RuleView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The checker's data; undefined when a page exists for a rule the checker does not have (yet). */
  readonly meta: RuleMeta | undefined;
  /** The page entry shown (English when untranslated), or undefined when the rule has no page. */
  readonly doc: RuleDocEntry | undefined;
  readonly translated: boolean;
}

const severityRank: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2, style: 3 };

/** Every rule (checker rules first in registry order, then pages without a rule) for one language. */
export function ruleViews(metas: readonly RuleMeta[], docs: readonly RuleDocEntry[], lang: Lang): RuleView[] {
  const doc = (l: Lang, id: string): RuleDocEntry | undefined => docs.find((d) => d.id === `${l}/${id}`);
  const ids = [...metas.map((m) => m.id), ...docs.filter((d) => d.id.startsWith('en/')).map((d) => d.id.slice(3))];
  return [...new Set(ids)].map((id) => {
    const meta = metas.find((m) => m.id === id);
    const local = doc(lang, id);
    const shown = local ?? doc('en', id);
    return {
      id,
      title: shown?.data.title ?? meta?.title ?? id,
      summary: shown?.data.summary ?? '',
      meta, doc: shown,
      translated: lang === 'en' || local !== undefined,
    };
  });
}

/** Index order: by severity, then id. */
export function sortRules(rules: readonly RuleView[]): RuleView[] {
  return [...rules].sort((a, b) => (severityRank[a.meta?.severity ?? 'style'] ?? 9) - (severityRank[b.meta?.severity ?? 'style'] ?? 9) || a.id.localeCompare(b.id));
}

/** The ❌ examples of a page body: the text of each fenced block whose info string carries `bad`. */
export function badExamples(body: string): string[] {
  const out: string[] = [];
  const fence = /^(```+|~~~+)[^\S\n]*([^\n]*)\n([\s\S]*?)^\1[^\S\n]*$/gm;
  for (const m of body.matchAll(fence)) {
    const info = (m[2] ?? '').trim().split(/\s+/);
    if (info.slice(1).includes('bad')) out.push(m[3] ?? '');
  }
  return out;
}

/** The text a filter matches a rule against (lower case). */
export function searchText(rule: RuleView): string {
  const m = rule.meta;
  return [rule.id, rule.title, rule.summary, m?.category, m?.severity, m?.family].filter(Boolean).join(' ').toLowerCase();
}
