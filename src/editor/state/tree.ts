/** The file tree a learner sees: folders first, then files, built from the visible files. */
import type { Workspace } from './files.ts';

/** A node of the file tree. */
export type TreeNode =
  | { readonly kind: 'folder'; readonly name: string; readonly path: string; readonly children: readonly TreeNode[] }
  | { readonly kind: 'file'; readonly name: string; readonly path: string; readonly readonly: boolean };

interface MutableFolder {
  readonly folders: Map<string, MutableFolder>;
  readonly files: Map<string, boolean>;
}

/** Builds the tree from the workspace, leaving hidden files out. */
export function buildTree(ws: Workspace): readonly TreeNode[] {
  const root: MutableFolder = { folders: new Map(), files: new Map() };
  const folderAt = (parts: readonly string[]): MutableFolder => {
    let node = root;
    for (const part of parts) {
      let next = node.folders.get(part);
      if (!next) {
        next = { folders: new Map(), files: new Map() };
        node.folders.set(part, next);
      }
      node = next;
    }
    return node;
  };
  for (const folder of ws.folders) folderAt(folder.split('/'));
  for (const file of ws.files) {
    if (file.hidden) continue;
    const parts = file.path.split('/');
    const name = parts.pop() ?? file.path;
    folderAt(parts).files.set(name, file.readonly === true);
  }
  return toNodes(root, '');
}

function toNodes(folder: MutableFolder, prefix: string): readonly TreeNode[] {
  const folders = [...folder.folders.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, child]): TreeNode => ({ kind: 'folder', name, path: prefix + name, children: toNodes(child, `${prefix}${name}/`) }));
  const files = [...folder.files.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, readonly]): TreeNode => ({ kind: 'file', name, path: prefix + name, readonly }));
  return [...folders, ...files];
}
