/** Keeps one context dir per session and engine in sync with each request, never following a symlink. */
// The same dir is reused build after build, like the oracle recorder's: the docker CLI keys BuildKit's
// incremental context transfer on the dir's path, and unchanged files keep their mtimes, so BuildKit's
// checksum cache sees the same "what changed" as in the recordings (sticky directory modes included).
import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parentsOf } from './paths.ts';
import type { BuildRequest, ContextItem } from './types.ts';

type OnDisk = 'file' | 'dir' | 'symlink';

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
const OLD_FILE = constants.O_RDWR | constants.O_NOFOLLOW;

/** Lists what a dir holds (lstat only: links are reported, never followed). */
async function walk(root: string, rel = '', out = new Map<string, OnDisk>()): Promise<Map<string, OnDisk>> {
  for (const e of await fs.readdir(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isSymbolicLink()) out.set(p, 'symlink');
    else if (e.isDirectory()) { out.set(p, 'dir'); await walk(root, p, out); }
    else out.set(p, 'file');
  }
  return out;
}

function wanted(req: BuildRequest): Map<string, OnDisk> {
  const out = new Map<string, OnDisk>();
  for (const [p, item] of req.context) {
    out.set(p, item.kind);
    for (const d of parentsOf(p)) out.set(d, 'dir');
  }
  return out;
}

async function syncFile(path: string, item: Extract<ContextItem, { kind: 'file' }>, exists: boolean): Promise<void> {
  const fh = await fs.open(path, exists ? OLD_FILE : NEW_FILE, 0o600);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error(`not a regular file: ${path}`);
    const same = exists && st.size === item.data.length && Buffer.from(await fh.readFile()).equals(item.data);
    if (!same) {
      await fh.truncate(0);
      await fh.write(item.data, 0, item.data.length, 0);
    }
    if ((st.mode & 0o7777) !== item.mode || !exists) await fh.chmod(item.mode);
  } finally {
    await fh.close();
  }
}

/** Makes `dir` hold exactly the request's context (creating `dir` 0700 if needed, like mkdtemp). */
export async function syncContext(dir: string, req: BuildRequest): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const have = await walk(dir);
  const want = wanted(req);
  // 1. remove what is gone or changed kind (deepest first; a removed dir takes its contents)
  for (const p of [...have.keys()].sort().reverse()) {
    if (want.get(p) === have.get(p)) continue;
    if (!have.has(p)) continue;
    await fs.rm(join(dir, p), { recursive: true, force: true });
    for (const q of [...have.keys()]) if (q === p || q.startsWith(`${p}/`)) have.delete(q);
  }
  // 2. directories, parents first; each must be a real dir (lstat), never a link
  for (const [p, kind] of [...want].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (kind !== 'dir') continue;
    if (!have.has(p)) await fs.mkdir(join(dir, p), { mode: 0o755 });
    if (!(await fs.lstat(join(dir, p))).isDirectory()) throw new Error(`not a directory: ${p}`);
  }
  // 3. files and links
  for (const [p, item] of req.context) {
    const path = join(dir, p);
    if (item.kind === 'file') await syncFile(path, item, have.get(p) === 'file');
    else if (have.get(p) !== 'symlink' || (await fs.readlink(path)) !== item.target) {
      await fs.rm(path, { force: true });
      await fs.symlink(item.target, path);
    }
  }
  // 4. directory modes, deepest first so a read-only parent never blocks a child
  for (const [p, kind] of [...want].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))) {
    if (kind !== 'dir') continue;
    const mode = req.dirModes.get(p) ?? 0o755;
    const st = await fs.lstat(join(dir, p));
    if ((st.mode & 0o7777) !== mode) await fs.chmod(join(dir, p), mode);
  }
}

/** Writes each secret to its own 0600 file in a new 0700 dir; returns id → file. */
export async function writeSecrets(dir: string, secrets: Readonly<Record<string, string>>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (Object.keys(secrets).length === 0) return out;
  await fs.mkdir(dir, { mode: 0o700 });
  for (const [id, value] of Object.entries(secrets)) {
    const file = join(dir, id);
    const fh = await fs.open(file, NEW_FILE, 0o600);
    try { await fh.writeFile(value); } finally { await fh.close(); }
    out[id] = file;
  }
  return out;
}
