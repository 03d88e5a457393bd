/** The build context as the playground holds it: files, empty folders, read-only and hidden marks. */

/** One file of the build context. */
export interface ContextFile {
  readonly path: string;
  readonly content: string;
  /** The page froze this file: the learner can read it but not change it. */
  readonly readonly?: boolean;
  /** The page keeps this file out of the tree and tabs; it is still part of the context. */
  readonly hidden?: boolean;
}

/** The whole build context: files sorted by path plus folders that have no files yet. */
export interface Workspace {
  readonly files: readonly ContextFile[];
  readonly folders: readonly string[];
}

/** The outcome of an edit: the new workspace or why it was refused. */
export type EditResult =
  | { readonly kind: 'ok'; readonly workspace: Workspace }
  | { readonly kind: 'refused'; readonly reason: string };

/** Normalises a user-typed path: forward slashes, no leading `./` or `/`, no empty or dot segments. */
export function normalizePath(raw: string): string | null {
  const parts = raw.trim().replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) return null;
  return parts.join('/');
}

/** Makes a workspace from files, sorted and de-duplicated (the last file of a path wins). */
export function makeWorkspace(files: readonly ContextFile[], folders: readonly string[] = []): Workspace {
  const byPath = new Map<string, ContextFile>();
  for (const file of files) byPath.set(file.path, file);
  const sorted = [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path));
  const kept = [...new Set(folders)].filter((f) => !sorted.some((file) => file.path.startsWith(`${f}/`))).sort();
  return { files: sorted, folders: kept };
}

/** Orders paths the way a file tree shows them: by segment, plain compare. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Finds a file by path. */
export function findFile(ws: Workspace, path: string): ContextFile | undefined {
  return ws.files.find((f) => f.path === path);
}

/** True when a path is taken by a file or is a folder (explicit or implied by a file under it). */
export function pathExists(ws: Workspace, path: string): boolean {
  return ws.files.some((f) => f.path === path || f.path.startsWith(`${path}/`)) || ws.folders.includes(path);
}

/** Replaces a file's text; refused for read-only or missing files. */
export function updateFile(ws: Workspace, path: string, content: string): EditResult {
  const file = findFile(ws, path);
  if (!file) return refused(`${path} does not exist`);
  if (file.readonly) return refused(`${path} is read-only`);
  return ok(makeWorkspace(ws.files.map((f) => (f.path === path ? { ...f, content } : f)), ws.folders));
}

/** Adds an empty (or given) file; refused when the path is bad or taken. */
export function addFile(ws: Workspace, rawPath: string, content = ''): EditResult {
  const path = normalizePath(rawPath);
  if (path === null) return refused(`"${rawPath}" is not a valid path`);
  if (pathExists(ws, path)) return refused(`${path} already exists`);
  if (parentIsFile(ws, path)) return refused(`a file stands where a folder of ${path} should be`);
  return ok(makeWorkspace([...ws.files, { path, content }], ws.folders));
}

/** Adds an empty folder. */
export function addFolder(ws: Workspace, rawPath: string): EditResult {
  const path = normalizePath(rawPath);
  if (path === null) return refused(`"${rawPath}" is not a valid path`);
  if (pathExists(ws, path)) return refused(`${path} already exists`);
  if (parentIsFile(ws, path)) return refused(`a file stands where a folder of ${path} should be`);
  return ok(makeWorkspace(ws.files, [...ws.folders, path]));
}

/** Renames a file or a folder (moving everything under it); read-only files cannot move. */
export function renamePath(ws: Workspace, from: string, rawTo: string): EditResult {
  const to = normalizePath(rawTo);
  if (to === null) return refused(`"${rawTo}" is not a valid path`);
  if (to === from) return ok(ws);
  if (!pathExists(ws, from)) return refused(`${from} does not exist`);
  if (to.startsWith(`${from}/`)) return refused(`cannot move ${from} into itself`);
  if (pathExists(ws, to)) return refused(`${to} already exists`);
  const moved = (p: string): string | null => (p === from ? to : p.startsWith(`${from}/`) ? to + p.slice(from.length) : null);
  if (ws.files.some((f) => moved(f.path) !== null && f.readonly)) return refused(`${from} holds read-only files`);
  const files = ws.files.map((f) => ({ ...f, path: moved(f.path) ?? f.path }));
  const folders = ws.folders.map((p) => moved(p) ?? p);
  return ok(makeWorkspace(files, folders));
}

/** Deletes a file or a folder with everything under it; read-only files block it. */
export function deletePath(ws: Workspace, path: string): EditResult {
  if (!pathExists(ws, path)) return refused(`${path} does not exist`);
  const inside = (p: string): boolean => p === path || p.startsWith(`${path}/`);
  if (ws.files.some((f) => inside(f.path) && f.readonly)) return refused(`${path} holds read-only files`);
  return ok(makeWorkspace(ws.files.filter((f) => !inside(f.path)), ws.folders.filter((p) => !inside(p))));
}

/** The context as a plain path → text map (what the analysis reads). */
export function toFileMap(ws: Workspace): Record<string, string> {
  const map: Record<string, string> = {};
  for (const f of ws.files) map[f.path] = f.content;
  return map;
}

/** The files a learner sees (hidden ones left out). */
export function visibleFiles(ws: Workspace): readonly ContextFile[] {
  return ws.files.filter((f) => !f.hidden);
}

function parentIsFile(ws: Workspace, path: string): boolean {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (findFile(ws, parts.slice(0, i).join('/'))) return true;
  }
  return false;
}

function ok(workspace: Workspace): EditResult {
  return { kind: 'ok', workspace };
}

function refused(reason: string): EditResult {
  return { kind: 'refused', reason };
}
