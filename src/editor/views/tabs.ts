/** The open-file tabs above the editor (ARIA tabs with arrow-key movement). */
import type { Tabs } from '../state/tabs.ts';
import { english, type Translate } from '../i18n.ts';
import { h } from './dom.ts';

/** What tabs ask of the controller. */
export interface TabActions {
  readonly open: (path: string) => void;
  readonly close: (path: string) => void;
}

/** Renders the tab strip. */
export function renderTabs(container: HTMLElement, tabs: Tabs, readonlyPaths: ReadonlySet<string>, actions: TabActions, t: Translate = english): void {
  const buttons = tabs.open.map((path) => {
    const selected = path === tabs.active;
    const tab = h('button', { type: 'button', role: 'tab', 'aria-selected': String(selected), tabindex: selected ? 0 : -1, class: 'pg-tab', 'data-path': path, text: path.split('/').pop() ?? path, title: path });
    if (readonlyPaths.has(path)) tab.append(h('span', { class: 'pg-lock', text: t('pg.readonly') }));
    tab.addEventListener('click', () => actions.open(path));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.open.indexOf(path);
      const next = e.key === 'ArrowRight' ? tabs.open[i + 1] : e.key === 'ArrowLeft' ? tabs.open[i - 1] : undefined;
      if (next) {
        actions.open(next);
        (container.querySelector(`[data-path="${CSS.escape(next)}"]`) as HTMLElement | null)?.focus();
      }
      if (e.key === 'Delete') actions.close(path);
    });
    // Keyboard users close a tab with Delete; the × is a mouse shortcut kept out of the tab list's semantics.
    const close = h('button', { type: 'button', class: 'pg-tab-close', 'aria-hidden': 'true', title: t('pg.tabs.close', { path }), text: '×', tabindex: -1 });
    close.addEventListener('click', (e) => {
      e.stopPropagation();
      actions.close(path);
    });
    return h('span', { class: 'pg-tab-wrap', role: 'presentation' }, tab, close);
  });
  container.replaceChildren(...buttons);
}
