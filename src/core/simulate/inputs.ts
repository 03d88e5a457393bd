// Tracks BuildKit dockerfile2llb inputs of each op + solver per-input keys: what a step reads and its keys.
import { fileRecord, type ContextSnapshot, type FsFile } from '../cache/context.ts';
import { contentOf, fileAt, filesBelow, pushLayer, type FsState } from '../cache/fs-state.ts';
import { digest, type Digest } from '../cache/hash.ts';
import { cachedSelect } from '../cache/selection.ts';
import type { CacheInput } from '../cache/store.ts';
import type { CopyOp, ExecOp, StepSource } from '../cache/types.ts';
import { normalize } from '../cache/commands/go-source.ts';
import { normalizeOwner } from '../cache/commands/files.ts';

/** A resolved source state: its definition key and filesystem. */
export interface SourceState {
  readonly key: Digest;
  readonly fs: FsState;
  readonly label: string;
  /** True when the state's last step failed or never ran because an earlier one failed. */
  readonly failed?: boolean;
}

/** One non-chain input of a step, with what it makes visible and what it read. */
export interface StepInput {
  readonly input: CacheInput;
  /** Files placed by this input (absolute path → file). */
  readonly placed: ReadonlyMap<string, FsFile>;
  /** Context path → record digest (context inputs only). */
  readonly read: ReadonlyMap<string, Digest>;
  /** Absolute source paths → content (stage/image inputs only). */
  readonly sourcePaths: ReadonlyMap<string, Digest>;
  readonly source: StepSource;
  readonly missing: readonly string[];
  readonly failed?: boolean;
}

/** Resolves a step source to a state (context is handled by the caller). */
export type SourceResolver = (source: StepSource) => SourceState;

function parseMode(chmod: string): number | undefined {
  return /^[0-7]{3,4}$/.test(chmod) ? parseInt(chmod, 8) : undefined;
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Places paths of a source state under a destination (COPY --from, bind from=). */
function fromState(state: SourceState, sources: readonly string[], dest: string, multi: boolean): { placed: Map<string, FsFile>; paths: Map<string, Digest> } {
  const placed = new Map<string, FsFile>();
  const paths = new Map<string, Digest>();
  for (const raw of sources) {
    const src = normalize('/' + raw);
    const content = contentOf(state.fs, src);
    paths.set(src, content);
    const file = fileAt(state.fs, src);
    const base = src.split('/').pop() || '';
    if (file) {
      placed.set(dest.endsWith('/') || multi ? join(dest, base) : dest, { ...file, digest: content });
      continue;
    }
    const below = filesBelow(state.fs, src).files;
    for (const [p, f] of below) placed.set(join(dest, p.slice(src === '/' ? 1 : src.length + 1)), f);
    if (below.size === 0) placed.set(dest.endsWith('/') && !src.endsWith('/') ? join(dest, base) : dest.replace(/\/$/, '') || '/', { digest: content, text: undefined });
  }
  return { placed, paths };
}

/** The source input of a COPY/ADD. */
export function copyInput(op: CopyOp, context: ContextSnapshot, resolve: SourceResolver, ownerHashed: boolean): StepInput {
  if (op.from.kind === 'inline') {
    const placed = new Map<string, FsFile>();
    const sums: string[] = [];
    for (const f of op.from.files) {
      const d = fileRecord(digest(f.content), parseMode(op.chmod) ?? 0o644);
      sums.push(d);
      placed.set(op.dest.endsWith('/') || op.from.files.length > 1 ? join(op.dest, f.name) : op.dest, { digest: d, text: f.content });
    }
    return { input: { def: undefined, content: digest('inline', ...sums) }, placed, read: new Map(), sourcePaths: new Map(), source: op.from, missing: [] };
  }
  if (op.from.kind === 'context') {
    const sel = cachedSelect(context, op.sources, op.dest, { chmod: parseMode(op.chmod), owner: ownerHashed ? normalizeOwner(op.chown) : '', exclude: op.exclude });
    return { input: { def: undefined, content: sel.digest }, placed: sel.placed, read: sel.read, sourcePaths: new Map(), source: op.from, missing: sel.missing };
  }
  const state = resolve(op.from);
  const { placed, paths } = fromState(state, op.sources, op.dest, op.sources.length > 1);
  const content = digest('copy-from', op.chmod, ...[...paths].flat());
  return { input: { def: state.key, content }, placed, read: new Map(), sourcePaths: paths, source: op.from, missing: [], failed: state.failed === true };
}

/** The inputs of a RUN's bind mounts (cache/secret/tmpfs mounts have none). */
export function mountInputs(op: ExecOp, context: ContextSnapshot, resolve: SourceResolver): StepInput[] {
  const out: StepInput[] = [];
  for (const m of op.mounts) {
    if (m.type !== 'bind') continue;
    if (m.from.kind === 'context') {
      const sel = cachedSelect(context, [m.source], m.target, { chmod: undefined, owner: '', bind: true });
      out.push({ input: { def: undefined, content: sel.digest }, placed: sel.placed, read: sel.read, sourcePaths: new Map(), source: m.from, missing: sel.missing });
    } else {
      const state = resolve(m.from);
      const { placed, paths } = fromState(state, [m.source], m.target, false);
      out.push({ input: { def: state.key, content: digest('mount-from', ...[...paths].flat()) }, placed, read: new Map(), sourcePaths: paths, source: m.from, missing: [], failed: state.failed === true });
    }
  }
  return out;
}

/** The filesystem a RUN sees: rootfs with its bind mounts on top. */
export function runView(root: FsState, mounts: readonly StepInput[]): FsState {
  let fs = root;
  for (const m of mounts) fs = pushLayer(fs, m.placed);
  return fs;
}
