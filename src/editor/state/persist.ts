/** Persistence codec: the playground state (and the state a Reset replaced) to and from a storage string. */
import { type BuildHistory, type BuildRecord, type StepOutcome } from './builds.ts';
import { makeWorkspace, type ContextFile, type Workspace } from './files.ts';
import type { PlaygroundState } from './playground-state.ts';
import type { Tabs } from './tabs.ts';
import { isRecord, readSettings, stringMap } from './validate.ts';

/** What one playground saves: its state and, after a Reset, the state it can go back to. */
export interface Saved {
  readonly state: PlaygroundState;
  readonly undo: PlaygroundState | null;
}

const version = 1;

/** Encodes a saved playground as a JSON string. */
export function encodeSaved(saved: Saved): string {
  return JSON.stringify({ version, state: saved.state, undo: saved.undo });
}

/** Decodes a saved playground; null when the text is not one (bad JSON, other version, wrong shape). */
export function decodeSaved(text: string): Saved | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw['version'] !== version) return null;
  const state = readState(raw['state']);
  if (state === null) return null;
  return { state, undo: raw['undo'] === null ? null : readState(raw['undo']) };
}

/** Reset: the page's starting state, keeping the replaced one for Undo. */
export function resetTo(saved: Saved, initial: PlaygroundState): Saved {
  return { state: initial, undo: saved.state };
}

/** Undo a Reset; unchanged when there is nothing to undo. */
export function undoReset(saved: Saved): Saved {
  return saved.undo === null ? saved : { state: saved.undo, undo: null };
}

/** Reads a state object back; null when its shape is wrong. */
export function readState(value: unknown): PlaygroundState | null {
  if (!isRecord(value)) return null;
  const workspace = readWorkspace(value['workspace']);
  if (workspace === null) return null;
  return {
    workspace,
    tabs: readTabs(value['tabs']),
    settings: readSettings(value['settings']),
    history: readHistory(value['history']),
    dockerfile: typeof value['dockerfile'] === 'string' ? value['dockerfile'] : 'Dockerfile',
  };
}

function readWorkspace(value: unknown): Workspace | null {
  if (!isRecord(value) || !Array.isArray(value['files'])) return null;
  const files: ContextFile[] = [];
  for (const f of value['files']) {
    if (!isRecord(f) || typeof f['path'] !== 'string' || typeof f['content'] !== 'string') return null;
    files.push({ path: f['path'], content: f['content'], ...(f['readonly'] === true ? { readonly: true } : {}), ...(f['hidden'] === true ? { hidden: true } : {}) });
  }
  const folders = Array.isArray(value['folders']) ? value['folders'].filter((x): x is string => typeof x === 'string') : [];
  return makeWorkspace(files, folders);
}

function readTabs(value: unknown): Tabs {
  if (!isRecord(value) || !Array.isArray(value['open'])) return { open: [], active: null };
  const open = value['open'].filter((x): x is string => typeof x === 'string');
  const active = typeof value['active'] === 'string' && open.includes(value['active']) ? value['active'] : (open[0] ?? null);
  return { open, active };
}

function readHistory(value: unknown): BuildHistory {
  if (!isRecord(value) || !Array.isArray(value['builds'])) return { builds: [], nextId: 1 };
  const builds = value['builds'].map(readBuild).filter((b): b is BuildRecord => b !== null);
  const nextId = typeof value['nextId'] === 'number' ? value['nextId'] : builds.length + 1;
  return { builds, nextId };
}

function readBuild(value: unknown): BuildRecord | null {
  if (!isRecord(value) || typeof value['id'] !== 'number' || typeof value['at'] !== 'number') return null;
  const files = stringMap(value['files']);
  const estimate = value['estimate'];
  if (files === null || !isRecord(estimate) || !Array.isArray(value['steps'])) return null;
  const steps = value['steps'].filter(
    (s): s is StepOutcome => isRecord(s) && typeof s['name'] === 'string' && typeof s['verdict'] === 'string' && typeof s['reason'] === 'string',
  );
  const num = (k: string): number => (typeof estimate[k] === 'number' ? estimate[k] : 0);
  return {
    id: value['id'],
    at: value['at'],
    files,
    settings: readSettings(value['settings']),
    steps,
    estimate: { coldSeconds: num('coldSeconds'), warmSeconds: num('warmSeconds'), imageBytes: num('imageBytes') },
  };
}
