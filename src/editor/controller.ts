/** The playground controller: owns the state on the main thread, drives the worker, editor and views. */
import type { Fix, LspDiagnostic, LspRange } from '../core/language/types.ts';
import { applyEdits } from '../core/language/code-actions.ts';
import { createTextHost, type EditorEvents, type EditorHost } from './editor-host.ts';
import { causeText, translatorFor } from './i18n.ts';
import { refusalText } from './refusals.ts';
import { localizeHover, readRuleTitles } from './rule-titles.ts';
import type { LanguageClient } from './monaco-bridge.ts';
import { findParts, wireToolbar } from './toolbar.ts';
import { sharedFromLocation } from './transfer.ts';
import type { AnalysisResult, BuildSettings, Cause, StepView } from './protocol.ts';
import { cacheInputs } from './state/builds.ts';
import { changedLines } from './state/diff-range.ts';
import { findFile, toFileMap } from './state/files.ts';
import { addPath, movePath, recordAnalysis, removePath, writeFile, type StateResult } from './state/actions.ts';
import { resetTo, undoReset, type Saved } from './state/persist.ts';
import { applyPageMarks, initialState, type PlaygroundConfig, type PlaygroundState } from './state/playground-state.ts';
import { closeTab, openTab } from './state/tabs.ts';
import { buildTree } from './state/tree.ts';
import { loadSaved, onOtherTabSave, storeSaved } from './storage.ts';
import { createWorkerClient, type WorkerLike } from './worker-client.ts';
import { createPump } from './analysis-pump.ts';
import { renderPanels } from './panels.ts';
import { renderTree } from './views/file-tree.ts';
import { renderTabs } from './views/tabs.ts';

/** What tests and the bench can read from a running playground. */
export interface PlaygroundProbe {
  readonly state: () => PlaygroundState;
  readonly result: () => AnalysisResult | null;
  readonly latencies: number[];
  readonly firstResultAt: () => number | null;
  readonly editor: () => 'text' | 'monaco';
  readonly restarts: () => number;
  readonly crashWorker: () => void;
  /** Swaps the plain text view for a richer editor (Monaco, once loaded). */
  readonly useEditor: (make: HostFactory) => void;
  /** Host-page seam (lessons' Show solution, embeds' setFiles): replaces the state, undoable like a Reset. */
  readonly replace: (state: PlaygroundState, message: string) => void;
  /** Host-page seam (embeds' `build`): records a build once the pending analysis settles. */
  readonly build: () => Promise<void>;
}

/** Makes an editor host in a container. */
export type HostFactory = (container: HTMLElement, events: EditorEvents, language: LanguageClient) => EditorHost;

/** Mounts a playground on its server-rendered shell. */
export function mountPlayground(root: HTMLElement, config: PlaygroundConfig, spawn: () => WorkerLike): PlaygroundProbe {
  const parts = findParts(root);
  const t = translatorFor(root);
  const ruleTitles = readRuleTitles(root);
  const restored = loadSaved(config.id);
  let saved: Saved = restored ? { state: applyPageMarks(restored.state, config), undo: restored.undo } : { state: initialState(config), undo: null };
  let result: AnalysisResult | null = null;
  /** The build just recorded, shown until the next edit (then the live prediction returns). */
  let pinned: { readonly id: number; readonly result: AnalysisResult } | null = null;
  let selectedStep: string | null = null;
  let compare = { a: -1, b: -1 };
  let firstResultAt: number | null = null;
  let editorKind: 'text' | 'monaco' = 'text';
  const latencies: number[] = [];
  let changeAt: number | null = null;

  const state = (): PlaygroundState => saved.state;
  const status = (text: string): void => {
    parts.status.textContent = text;
  };

  // --- persistence: every change is saved at once (a reload or crash loses nothing) ---
  const commit = (next: Saved, opts: { files?: boolean; tree?: boolean; persist?: boolean } = {}): void => {
    saved = next;
    if (opts.persist !== false && !storeSaved(config.id, saved)) status(t('pg.status.saveFailed'));
    if (opts.files !== false) host.sync(new Map(Object.entries(toFileMap(state().workspace))));
    if (opts.tree !== false) {
      renderChrome();
      showActive();
    }
    if (opts.files !== false) analyzeSoon();
  };
  const setState = (s: PlaygroundState, opts?: { files?: boolean; tree?: boolean }): void => {
    if (opts?.files !== false) pinned = null;
    commit({ ...saved, state: s }, opts);
  };
  const apply = (r: StateResult): boolean => {
    if (r.kind === 'refused') {
      status(refusalText(r.reason, t));
      return false;
    }
    setState(r.state);
    return true;
  };

  // --- editor ---
  const onChange = (path: string, content: string): void => {
    changeAt ??= performance.now();
    pinned = null;
    selectedStep = null;
    const r = writeFile(state(), path, content);
    if (r.kind === 'ok') commit({ ...saved, state: r.state }, { files: false, tree: false });
    analyzeSoon();
  };
  let host: EditorHost = createTextHost(parts.editor, { onChange }, t);
  const showActive = (): void => {
    const active = state().tabs.active;
    const file = active === null ? undefined : findFile(state().workspace, active);
    parts.editor.hidden = file === undefined;
    if (file) host.show(file.path, file.content, file.readonly === true);
    if (result) paintEditor(result);
  };
  const openFile = (path: string): void => setState({ ...state(), tabs: openTab(state().tabs, path) }, { files: false });

  // --- worker ---
  const client = createWorkerClient(spawn, () => {
    status(t('pg.status.workerRestarted'));
    pump.restart();
  });
  const pump = createPump(async () => {
    const started = changeAt;
    changeAt = null;
    const s = state();
    result = await client.call('analyze', { current: { files: toFileMap(s.workspace), settings: s.settings }, history: cacheInputs(s.history), dockerfile: s.dockerfile });
    if (firstResultAt === null) {
      firstResultAt = performance.now();
      performance.mark('layerlab:first-analysis');
    }
    render();
    if (started !== null) latencies.push(performance.now() - started);
  }, (error) => status(error instanceof Error ? error.message : String(error)));
  const analyzeSoon = (): void => pump.soon();
  const settled = (): Promise<void> => pump.settled();

  // --- actions ---
  const build = async (): Promise<void> => {
    await settled();
    if (!result) return;
    const rebuild = state().history.builds.length > 0;
    const recorded = recordAnalysis(state(), result, Date.now());
    const ran = result.steps.filter((st) => st.verdict === 'run').length;
    status(t('pg.status.recorded', { id: recorded.id, cached: result.steps.length - ran, run: ran }));
    pinned = { id: recorded.id, result };
    const firstRun = result.steps.find((st) => st.verdict === 'run');
    setState(recorded.state, { files: false });
    analyzeSoon();
    if (rebuild && firstRun) showStep(firstRun);
  };
  const showRange = (path: string, range: LspRange | null): void => {
    if (state().tabs.active !== path) openFile(path);
    host.highlight(path, range);
  };
  /** The lines of a file that changed since the build the verdict compares with. */
  const fileRange = (path: string): LspRange | null => {
    const builds = state().history.builds;
    const text = findFile(state().workspace, path)?.content ?? '';
    const recorded = builds[builds.length - 1]?.files[path] === text ? builds[builds.length - 2] : builds[builds.length - 1];
    return changedLines(recorded?.files[path], text);
  };
  const showCause = (cause: Cause): void => {
    if (cause.file !== undefined && findFile(state().workspace, cause.file)) showRange(cause.file, cause.range ?? fileRange(cause.file));
    else if (cause.range) showRange(state().dockerfile, cause.range);
  };
  const showStep = (step: StepView): void => {
    selectedStep = step.name;
    renderResult();
    const fileCause = step.causes.find((c) => c.file !== undefined);
    if (fileCause?.file !== undefined && findFile(state().workspace, fileCause.file)) showCause(fileCause);
    else showRange(state().dockerfile, step.range);
  };
  const applyFix = (fix: Fix): void => {
    const df = findFile(state().workspace, state().dockerfile);
    if (df && apply(writeFile(state(), df.path, applyEdits(df.content, fix.edits)))) status(t('pg.status.applied', { title: fix.title }));
  };
  const showDiagnostic = (d: LspDiagnostic): void => showRange(state().dockerfile, d.range);

  // --- rendering ---
  function renderChrome(): void {
    const s = state();
    const readonly = new Set(s.workspace.files.filter((f) => f.readonly).map((f) => f.path));
    renderTree(parts.files, buildTree(s.workspace), s.tabs.active, {
      open: openFile,
      add: (path, folder) => apply(addPath(state(), path, folder)),
      rename: (from, to) => apply(movePath(state(), from, to)),
      remove: (path) => apply(removePath(state(), path)),
    }, t);
    renderTabs(parts.tabs, s.tabs, readonly, { open: openFile, close: (p) => setState({ ...s, tabs: closeTab(s.tabs, p) }, { files: false }) }, t);
    parts.build.textContent = t(s.history.builds.length > 0 ? 'pg.rebuild' : 'pg.build');
    parts.undo.hidden = saved.undo === null;
    renderResult();
  }
  function paintEditor(r: AnalysisResult): void {
    host.setDiagnostics(r.dockerfile, r.diagnostics);
    host.setLineMarks(r.dockerfile, r.steps.map((st) => ({ line: st.range.start.line, verdict: st.verdict, title: `${st.verdict.toUpperCase()}: ${st.causes[0] ? causeText(st.causes[0], t) : ''}` })));
  }
  function renderResult(): void {
    const s = state();
    renderPanels(parts, pinned?.result ?? result, s, pinned?.id ?? null, config.goals, selectedStep, compare, {
      showStep, showCause, applyFix, showDiagnostic,
      pickCompare: (a, b) => { compare = { a, b }; renderResult(); },
      changeSettings: (settings: BuildSettings) => setState({ ...state(), settings }, { tree: false }),
    }, t);
  }
  function render(): void {
    if (result) paintEditor(result);
    renderResult();
    root.dataset['analyses'] = String(Number(root.dataset['analyses'] ?? '0') + 1);
    // Host-page seam: lesson goals and embeds listen for fresh results.
    root.dispatchEvent(new CustomEvent('layerlab:analysis', { bubbles: true }));
  }

  // --- toolbar ---
  const replace = (next: PlaygroundState, message: string): void => {
    pinned = null;
    commit({ state: applyPageMarks(next, config), undo: saved.state });
    status(message);
  };
  wireToolbar(root, parts, {
    state, status, replace, build, t,
    reset: () => {
      pinned = null;
      commit(resetTo(saved, initialState(config)));
      status(t('pg.status.reset'));
    },
    undo: () => {
      pinned = null;
      commit(undoReset(saved));
      status(t('pg.status.undone'));
    },
    example: (id) => {
      const example = config.examples?.find((e) => e.id === id);
      if (example) replace(initialState({ ...config, files: example.files }), t('pg.status.example', { title: example.title }));
    },
  });

  // Another tab of the same playground saved: take its state, so neither tab overwrites the other's typing.
  onOtherTabSave(config.id, (other) => {
    pinned = null;
    commit({ state: applyPageMarks(other.state, config), undo: other.undo }, { persist: false });
  });

  renderChrome();
  showActive();
  analyzeSoon();
  void sharedFromLocation().then((shared) => {
    if (shared === 'unreadable') status(t('pg.status.shareUnreadable'));
    else if (shared !== null) replace(shared, t('pg.status.shareLoaded'));
  });
  const language: LanguageClient = {
    hover: async (text, position) => localizeHover(await client.call('hover', { text, position, lang: t.lang }), ruleTitles, t),
    complete: (text, position) => client.call('complete', { text, position, buildArgs: Object.keys(state().settings.buildArgs), lang: t.lang }),
    codeActions: (uri, diagnostics, range) => client.call('codeActions', { uri, diagnostics, range }),
    diagnostics: (uri) => (result && uri.endsWith(`/${result.dockerfile}`) ? result.diagnostics : []),
  };
  return {
    state,
    result: () => result,
    latencies,
    firstResultAt: () => firstResultAt,
    editor: () => editorKind,
    restarts: () => client.restarts(),
    crashWorker: () => client.crashForTest(),
    useEditor: (make) => {
      host.dispose();
      host = make(parts.editor, { onChange }, language);
      editorKind = 'monaco';
      showActive();
      root.dataset['editor'] = 'monaco';
      performance.mark('layerlab:monaco-ready');
    },
    replace,
    build,
  };
}
