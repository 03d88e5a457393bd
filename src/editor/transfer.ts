/** Share links and context archives, loaded only when the learner uses them (keeps fflate out of first paint). */
import type { PlaygroundState } from './state/playground-state.ts';

/** The share URL for a state. */
export async function shareUrl(state: PlaygroundState, base: string): Promise<string> {
  const { encodeShare, sharePrefix } = await import('./state/share.ts');
  return `${base}${sharePrefix}${encodeShare(state)}`;
}

/** The state shared in the page's `#share=` hash (which is then removed, so a reload keeps later edits). */
export async function sharedFromLocation(): Promise<PlaygroundState | 'unreadable' | null> {
  if (!location.hash.startsWith('#share=')) return null;
  const { decodeShare, shareFromHash } = await import('./state/share.ts');
  const payload = shareFromHash(location.hash);
  history.replaceState(null, '', location.pathname + location.search);
  const state = payload === null ? null : decodeShare(payload);
  return state ?? 'unreadable';
}

/** Downloads the context as an archive. */
export async function downloadContext(files: Readonly<Record<string, string>>, format: 'zip' | 'tar'): Promise<void> {
  const { packContext } = await import('./state/archive.ts');
  const bytes = packContext(files, format);
  const blob = new Blob([bytes as BlobPart], { type: format === 'zip' ? 'application/zip' : 'application/x-tar' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `build-context.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Reads an archive file the learner picked. */
export async function readArchive(file: File): Promise<Record<string, string>> {
  const { unpackContext } = await import('./state/archive.ts');
  return unpackContext(new Uint8Array(await file.arrayBuffer()));
}
