/** The whole state of one playground: context, tabs, settings, builds; plus the page's starting point. */
import { defaultSettings, type BuildSettings } from '../protocol.ts';
import { emptyHistory, type BuildHistory } from './builds.ts';
import { makeWorkspace, visibleFiles, type ContextFile, type Workspace } from './files.ts';
import { noTabs, openTab, type Tabs } from './tabs.ts';

/** A goal a lesson sets: a step (matched by a piece of its name) must end with this verdict. */
export interface Goal {
  readonly text: string;
  readonly step: string;
  readonly verdict: 'cached' | 'run';
}

/** How a page configures a playground. */
export interface PlaygroundConfig {
  /** Storage key: one saved state per id. */
  readonly id: string;
  readonly files: readonly ContextFile[];
  readonly goals: readonly Goal[];
  /** File opened first; defaults to the Dockerfile. */
  readonly focus?: string;
  readonly settings?: Partial<BuildSettings>;
  /** Other starting contexts the learner may switch to (undoable like a Reset). */
  readonly examples?: readonly { readonly id: string; readonly title: string; readonly files: readonly ContextFile[] }[];
}

/** The learner's state. */
export interface PlaygroundState {
  readonly workspace: Workspace;
  readonly tabs: Tabs;
  readonly settings: BuildSettings;
  readonly history: BuildHistory;
  /** The Dockerfile's path in the context (`-f`). */
  readonly dockerfile: string;
}

/** The state a page's configuration starts from. */
export function initialState(config: PlaygroundConfig): PlaygroundState {
  const workspace = makeWorkspace(config.files);
  const dockerfile = workspace.files.find((f) => f.path === 'Dockerfile')?.path ?? workspace.files[0]?.path ?? 'Dockerfile';
  const first = config.focus ?? visibleFiles(workspace).find((f) => f.path === dockerfile)?.path ?? visibleFiles(workspace)[0]?.path;
  return {
    workspace,
    tabs: first === undefined ? noTabs : openTab(noTabs, first),
    settings: { ...defaultSettings, ...config.settings },
    history: emptyHistory,
    dockerfile,
  };
}

/** Re-applies the page's read-only and hidden marks to a restored state (a saved or shared state cannot unlock files). */
export function applyPageMarks(state: PlaygroundState, config: PlaygroundConfig): PlaygroundState {
  const marks = new Map(config.files.map((f) => [f.path, f]));
  const files = state.workspace.files.map((f) => {
    const page = marks.get(f.path);
    if (!page || (!page.readonly && !page.hidden)) return { path: f.path, content: f.content };
    return { path: f.path, content: page.readonly ? page.content : f.content, ...(page.readonly ? { readonly: true } : {}), ...(page.hidden ? { hidden: true } : {}) };
  });
  const missing = config.files.filter((f) => (f.readonly || f.hidden) && !files.some((g) => g.path === f.path));
  return { ...state, workspace: makeWorkspace([...files, ...missing], state.workspace.folders) };
}
