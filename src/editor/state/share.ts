/** Share codec: a playground's context and settings, deflated and base64url-encoded for a URL hash. */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { makeWorkspace } from './files.ts';
import type { PlaygroundState } from './playground-state.ts';
import { isRecord, readSettings, stringMap } from './validate.ts';
import { emptyHistory } from './builds.ts';
import { openTab, noTabs } from './tabs.ts';

/** The hash prefix that marks a shared playground. */
export const sharePrefix = '#share=';

/** Encodes the shareable part of a state (files, settings, Dockerfile path, active tab). */
export function encodeShare(state: PlaygroundState): string {
  const files: Record<string, string> = {};
  for (const f of state.workspace.files) if (!f.readonly) files[f.path] = f.content;
  const payload = { v: 1, files, folders: state.workspace.folders, settings: state.settings, dockerfile: state.dockerfile, active: state.tabs.active };
  return toBase64Url(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

/** Decodes a shared state (no build history travels); null when the text is not one. */
export function decodeShare(encoded: string): PlaygroundState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(inflateSync(fromBase64Url(encoded))));
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw['v'] !== 1) return null;
  const files = stringMap(raw['files']);
  if (files === null) return null;
  const folders = Array.isArray(raw['folders']) ? raw['folders'].filter((x): x is string => typeof x === 'string') : [];
  const workspace = makeWorkspace(Object.entries(files).map(([path, content]) => ({ path, content })), folders);
  const active = typeof raw['active'] === 'string' && files[raw['active']] !== undefined ? raw['active'] : null;
  return {
    workspace,
    tabs: active === null ? noTabs : openTab(noTabs, active),
    settings: readSettings(raw['settings']),
    history: emptyHistory,
    dockerfile: typeof raw['dockerfile'] === 'string' ? raw['dockerfile'] : 'Dockerfile',
  };
}

/** The hash payload of a location hash, or null when it is not a share link. */
export function shareFromHash(hash: string): string | null {
  return hash.startsWith(sharePrefix) ? hash.slice(sharePrefix.length) : null;
}

/** Bytes to base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) to bytes; throws on bad input. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
