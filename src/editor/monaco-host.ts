/** The Monaco editor host, loaded lazily after first paint with only the features the site uses. */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/features/hover/register';
import 'monaco-editor/esm/vs/features/codeAction/register';
import 'monaco-editor/esm/vs/features/suggest/register';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/esm/vs/features/find/register';
import 'monaco-editor/esm/vs/features/folding/register';
import 'monaco-editor/esm/vs/features/bracketMatching/register';
import 'monaco-editor/esm/vs/features/comment/register';
import 'monaco-editor/esm/vs/features/clipboard/register';
import 'monaco-editor/esm/vs/features/contextmenu/register';
import 'monaco-editor/esm/vs/features/linesOperations/register';
import 'monaco-editor/esm/vs/features/wordOperations/register';
import 'monaco-editor/esm/vs/features/multicursor/register';
import 'monaco-editor/esm/vs/features/gotoError/register';
import 'monaco-editor/esm/vs/features/snippet/register';
import 'monaco-editor/esm/vs/features/codicon/register';
import 'monaco-editor/esm/vs/features/toggleTabFocusMode/register';
import 'monaco-editor/esm/vs/languages/definitions/go/register';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import type { EditorEvents, EditorHost, LineMark } from './editor-host.ts';
import { dockerfileLanguage, registerDockerfile, toMarkers, toMonacoRange, type LanguageClient } from './monaco-bridge.ts';
import { translatorFor } from './i18n.ts';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

let registered = false;

/** Monaco's language id for a context path. */
export function languageOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  if (name === 'Dockerfile' || name.endsWith('.Dockerfile') || name.startsWith('Dockerfile.')) return dockerfileLanguage;
  if (name.endsWith('.go')) return 'go';
  return 'plaintext';
}

/** The Monaco theme for the site theme. */
function themeName(): string {
  return document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs';
}

/** Creates the Monaco host in a container. */
export function createMonacoHost(container: HTMLElement, events: EditorEvents, client: LanguageClient): EditorHost {
  if (!registered) {
    registerDockerfile(monaco, client);
    registered = true;
  }
  container.replaceChildren();
  const editor = monaco.editor.create(container, {
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    glyphMargin: true,
    lineNumbersMinChars: 3,
    renderFinalNewline: 'on',
    scrollBeyondLastLine: false,
    theme: themeName(),
    ariaLabel: translatorFor(container)('pg.editor.monaco'),
    fixedOverflowWidgets: true,
  });
  const onTheme = (): void => monaco.editor.setTheme(themeName());
  document.addEventListener('layerlab:theme', onTheme);
  const uriOf = (path: string): monaco.Uri => monaco.Uri.from({ scheme: 'file', path: `/${path}` });
  const pathOf = (model: monaco.editor.ITextModel): string => model.uri.path.slice(1);
  let muted = false;
  const marks = new Map<string, monaco.editor.IEditorDecorationsCollection>();
  const highlight = editor.createDecorationsCollection();
  const modelFor = (path: string, content: string): monaco.editor.ITextModel => {
    const existing = monaco.editor.getModel(uriOf(path));
    if (existing) return existing;
    const model = monaco.editor.createModel(content, languageOf(path), uriOf(path));
    model.onDidChangeContent(() => {
      if (!muted) events.onChange(pathOf(model), model.getValue());
    });
    return model;
  };
  const decorations = (path: string): monaco.editor.IEditorDecorationsCollection => {
    let c = marks.get(path);
    if (!c) {
      c = editor.createDecorationsCollection();
      marks.set(path, c);
    }
    return c;
  };
  return {
    show(path, content, readonly) {
      const model = modelFor(path, content);
      if (model.getValue() !== content) {
        muted = true;
        model.setValue(content);
        muted = false;
      }
      if (editor.getModel() !== model) editor.setModel(model);
      editor.updateOptions({ readOnly: readonly, readOnlyMessage: { value: `${path} is read-only in this playground` } });
    },
    sync(files) {
      for (const model of monaco.editor.getModels()) {
        if (model.uri.scheme !== 'file') continue;
        const text = files.get(pathOf(model));
        if (text === undefined) {
          if (editor.getModel() === model) editor.setModel(null);
          model.dispose();
        } else if (text !== model.getValue()) {
          muted = true;
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
          muted = false;
        }
      }
    },
    setDiagnostics(path, diagnostics) {
      const model = monaco.editor.getModel(uriOf(path));
      if (model) monaco.editor.setModelMarkers(model, 'layerlab', toMarkers(monaco, diagnostics));
    },
    setLineMarks(path, lineMarks: readonly LineMark[]) {
      const isCurrent = editor.getModel()?.uri.toString() === uriOf(path).toString();
      decorations(path).set(
        isCurrent
          ? lineMarks.map((m) => ({
              range: new monaco.Range(m.line + 1, 1, m.line + 1, 1),
              options: { glyphMarginClassName: `pg-glyph pg-glyph-${m.verdict}`, glyphMarginHoverMessage: { value: m.title }, isWholeLine: true, linesDecorationsClassName: `pg-line-${m.verdict}` },
            }))
          : [],
      );
    },
    highlight(path, range) {
      const model = editor.getModel();
      if (!model || pathOf(model) !== path || range === null) {
        highlight.clear();
        return;
      }
      const r = toMonacoRange(monaco, range);
      highlight.set([{ range: r, options: { className: 'pg-cause-highlight', isWholeLine: true } }]);
      editor.revealLineInCenterIfOutsideViewport(r.startLineNumber);
    },
    focus() {
      editor.focus();
    },
    dispose() {
      document.removeEventListener('layerlab:theme', onTheme);
      editor.dispose();
    },
  };
}
