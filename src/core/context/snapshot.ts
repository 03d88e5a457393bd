// Tracks BuildKit source/local/source.go + fsutil diskwriter.go: the daemon's copy of the context, reused across builds.
import type { ContextEntry } from './types.ts';

/**
 * The daemon-side context snapshot after a transfer. Directory `mode`s here are the ones BuildKit's content
 * hash uses, which can be stale: the snapshot is reused across builds (shared key "context"), and when a
 * directory that already exists only changes metadata, fsutil's DiskWriter rewrites it without notifying the
 * checksum cache (moby/buildkit#7176), so the directory header keeps the mode it had when it was first sent.
 * `staleDirModes` maps such directories to their real (client) mode.
 */
export interface Snapshot {
  readonly entries: ReadonlyMap<string, ContextEntry>;
  readonly staleDirModes: ReadonlyMap<string, number>;
}

/**
 * Syncs a transfer into the previous snapshot (undefined for the first build that loads the context):
 * paths not sent are removed, everything else is the client's, except that a directory present in both
 * keeps its previously hashed mode. Call it only for builds that load the build context.
 */
export function syncSnapshot(previous: Snapshot | undefined, sent: ReadonlyMap<string, ContextEntry>): Snapshot {
  const entries = new Map<string, ContextEntry>();
  const stale = new Map<string, number>();
  for (const [path, entry] of sent) {
    const before = previous?.entries.get(path);
    if (entry.kind === 'dir' && before?.kind === 'dir' && before.mode !== entry.mode) {
      entries.set(path, before);
      stale.set(path, entry.mode);
    } else entries.set(path, entry);
  }
  return { entries, staleDirModes: stale };
}

/** A snapshot exactly equal to what was sent (no history): what a fresh build cache would hash. */
export function freshSnapshot(sent: ReadonlyMap<string, ContextEntry>): Snapshot {
  return syncSnapshot(undefined, sent);
}
