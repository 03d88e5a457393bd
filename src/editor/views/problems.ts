/** The findings list with quick-fix buttons (works without Monaco, e.g. on phones). */
import type { Fix, LspDiagnostic } from '../../core/language/types.ts';
import { h } from './dom.ts';

/** Renders findings; `apply` applies a fix's edits to the Dockerfile. */
export function renderProblems(container: HTMLElement, diagnostics: readonly LspDiagnostic[], show: (d: LspDiagnostic) => void, apply: (fix: Fix) => void): void {
  if (diagnostics.length === 0) {
    container.replaceChildren(h('p', { class: 'pg-muted', text: 'No findings.' }));
    return;
  }
  const list = h('ul', { class: 'pg-problems' });
  for (const d of diagnostics) {
    const where = h('button', { type: 'button', class: 'pg-cause-link', text: `line ${d.range.start.line + 1}` });
    where.addEventListener('click', () => show(d));
    const sev = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
    const li = h('li', { class: `pg-problem pg-${sev}` }, h('span', { class: 'pg-sev', text: sev }), ' ', where, ' ', d.message, ' ');
    li.append(d.codeDescription ? h('a', { href: d.codeDescription.href, text: d.code, target: '_blank', rel: 'noopener' }) : h('code', { text: d.code }));
    for (const fix of d.data?.fixes ?? []) {
      const b = h('button', { type: 'button', class: 'pg-small', text: `Fix: ${fix.title}` });
      b.addEventListener('click', () => apply(fix));
      li.append(' ', b);
    }
    list.append(li);
  }
  container.replaceChildren(list);
}
