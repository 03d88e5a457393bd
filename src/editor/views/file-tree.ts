/** The file tree: folders and files of the context, with add, rename and delete. */
import type { TreeNode } from '../state/tree.ts';
import { english, type Translate } from '../i18n.ts';
import { askName, h } from './dom.ts';

/** What the tree asks the controller to do. */
export interface TreeActions {
  readonly open: (path: string) => void;
  readonly add: (path: string, folder: boolean) => void;
  readonly rename: (from: string, to: string) => void;
  readonly remove: (path: string) => void;
}

/** Renders the tree into a container; `active` is the open file. */
export function renderTree(container: HTMLElement, nodes: readonly TreeNode[], active: string | null, actions: TreeActions, t: Translate = english): void {
  // Plain nested lists of buttons: every file and action is one Tab stop away, no custom arrow-key model to learn.
  const tree = h('ul', { 'aria-label': t('pg.tree.aria'), class: 'pg-tree' });
  tree.append(...nodes.map((n) => item(n, 1, active, actions, t)));
  const addFile = h('button', { type: 'button', class: 'pg-small', text: t('pg.tree.addFile'), 'aria-label': t('pg.tree.addFileAria') });
  const addFolder = h('button', { type: 'button', class: 'pg-small', text: t('pg.tree.addFolder'), 'aria-label': t('pg.tree.addFolderAria') });
  const slot = h('span', { class: 'pg-new-slot' });
  addFile.addEventListener('click', () => askName(slot, '', t('pg.tree.newFilePath'), (v) => actions.add(v, false)));
  addFolder.addEventListener('click', () => askName(slot, '', t('pg.tree.newFolderPath'), (v) => actions.add(v, true)));
  container.replaceChildren(h('div', { class: 'pg-files-actions' }, addFile, addFolder, slot), tree);
}

function item(node: TreeNode, level: number, active: string | null, actions: TreeActions, t: Translate): HTMLLIElement {
  const label = h('button', { type: 'button', class: 'pg-tree-label', text: node.kind === 'folder' ? `▾ ${node.name}` : node.name });
  const li = h('li', { 'data-path': node.path, 'data-level': level, class: `pg-tree-${node.kind}` }, label);
  const readonly = node.kind === 'file' && node.readonly;
  if (node.kind === 'file') {
    if (node.path === active) {
      li.classList.add('pg-current');
      label.setAttribute('aria-current', 'true');
    }
    label.addEventListener('click', () => actions.open(node.path));
    if (readonly) label.append(h('span', { class: 'pg-lock', title: t('pg.readonly'), text: t('pg.readonly') }));
  }
  if (!readonly) {
    const rename = h('button', { type: 'button', class: 'pg-icon', 'aria-label': t('pg.tree.renameAria', { path: node.path }), title: t('pg.tree.rename'), text: '✎' });
    const remove = h('button', { type: 'button', class: 'pg-icon', 'aria-label': t('pg.tree.deleteAria', { path: node.path }), title: t('pg.tree.delete'), text: '✕' });
    rename.addEventListener('click', () => askName(label, node.path, t('pg.tree.newPath', { path: node.path }), (v) => actions.rename(node.path, v)));
    remove.addEventListener('click', () => actions.remove(node.path));
    li.append(h('span', { class: 'pg-tree-tools' }, rename, remove));
  }
  if (node.kind === 'folder') {
    li.append(h('ul', { 'aria-label': node.path }, ...node.children.map((c) => item(c, level + 1, active, actions, t))));
  }
  return li;
}
