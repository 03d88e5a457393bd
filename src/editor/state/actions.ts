/** State transitions a learner triggers: file-tree edits that keep tabs and the Dockerfile path in step, and recording a build. */
import type { AnalysisResult } from '../protocol.ts';
import { recordBuild } from './builds.ts';
import { addFile, addFolder, deletePath, findFile, normalizePath, renamePath, toFileMap, updateFile, type EditResult } from './files.ts';
import type { PlaygroundState } from './playground-state.ts';
import { keepExisting, openTab, renameInTabs } from './tabs.ts';

/** A transition's outcome. */
export type StateResult = { readonly kind: 'ok'; readonly state: PlaygroundState } | { readonly kind: 'refused'; readonly reason: string };

function then(state: PlaygroundState, r: EditResult, next: (s: PlaygroundState) => PlaygroundState): StateResult {
  return r.kind === 'refused' ? r : { kind: 'ok', state: next({ ...state, workspace: r.workspace }) };
}

/** Adds a file (opened in a tab) or an empty folder. */
export function addPath(state: PlaygroundState, path: string, folder: boolean): StateResult {
  if (folder) return then(state, addFolder(state.workspace, path), (s) => s);
  const clean = normalizePath(path);
  return then(state, addFile(state.workspace, path), (s) => (clean === null ? s : { ...s, tabs: openTab(s.tabs, clean) }));
}

/** Renames a file or folder; tabs and the Dockerfile path follow. */
export function movePath(state: PlaygroundState, from: string, to: string): StateResult {
  const clean = normalizePath(to) ?? to;
  return then(state, renamePath(state.workspace, from, to), (s) => ({
    ...s,
    tabs: renameInTabs(s.tabs, from, clean),
    dockerfile: s.dockerfile === from ? clean : s.dockerfile.startsWith(`${from}/`) ? clean + s.dockerfile.slice(from.length) : s.dockerfile,
  }));
}

/** Deletes a file or folder; tabs of deleted files close. */
export function removePath(state: PlaygroundState, path: string): StateResult {
  return then(state, deletePath(state.workspace, path), (s) => ({ ...s, tabs: keepExisting(s.tabs, (p) => findFile(s.workspace, p) !== undefined) }));
}

/** Replaces one file's text. */
export function writeFile(state: PlaygroundState, path: string, content: string): StateResult {
  return then(state, updateFile(state.workspace, path, content), (s) => s);
}

/** Records the analysed build in the history; returns the new state and a one-line summary. */
export function recordAnalysis(state: PlaygroundState, result: AnalysisResult, at: number): { readonly state: PlaygroundState; readonly id: number; readonly summary: string } {
  const history = recordBuild(state.history, {
    at,
    files: toFileMap(state.workspace),
    settings: state.settings,
    steps: result.steps.map((st) => ({ name: st.name, verdict: st.verdict, reason: st.causes[0]?.text ?? '' })),
    estimate: result.estimate,
  });
  const id = history.nextId - 1;
  const ran = result.steps.filter((st) => st.verdict === 'run').length;
  return { state: { ...state, history }, id, summary: `Build #${id} recorded: ${result.steps.length - ran} cached, ${ran} run.` };
}
