/** The findings list with quick-fix buttons (works without Monaco, e.g. on phones). */
import type { Fix, LspDiagnostic } from '../../core/language/types.ts';
import { english, type Translate } from '../i18n.ts';
import { h } from './dom.ts';

/** Renders findings; `apply` applies a fix's edits to the Dockerfile. */
export function renderProblems(container: HTMLElement, diagnostics: readonly LspDiagnostic[], show: (d: LspDiagnostic) => void, apply: (fix: Fix) => void, t: Translate = english): void {
  if (diagnostics.length === 0) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: t('pg.problems.none') }));
    return;
  }
  const list = h('ul', { class: 'pg-problems' });
  for (const d of diagnostics) {
    const where = h('button', { type: 'button', class: 'pg-cause-link', text: t('pg.problems.line', { n: d.range.start.line + 1 }) });
    where.addEventListener('click', () => show(d));
    const sev = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
    const li = h('li', { class: `pg-problem pg-${sev}` }, h('span', { class: 'pg-sev', text: t(`severity.${sev}`) }), ' ', where, ' ', d.message, ' ');
    li.append(d.codeDescription ? h('a', { href: d.codeDescription.href, text: d.code, target: '_blank', rel: 'noopener' }) : h('code', { text: d.code }));
    for (const fix of d.data?.fixes ?? []) {
      const b = h('button', { type: 'button', class: 'pg-small', text: t('pg.problems.fix', { title: fix.title }) });
      b.addEventListener('click', () => apply(fix));
      li.append(' ', b);
    }
    list.append(li);
  }
  container.replaceChildren(list);
}
