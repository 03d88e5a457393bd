/** Thin bridge from Monaco to the worker's LSP-shaped language features; monaco is passed in. */
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import type { CodeAction, CompletionItem, Hover, LspDiagnostic, LspPosition, LspRange } from '../core/language/types.ts';
import { dockerfileLanguageConfiguration, dockerfileMonarch } from './dockerfile-monarch.ts';

type MonacoApi = typeof Monaco;

/** The language calls the bridge forwards (answered by the worker). */
export interface LanguageClient {
  hover(text: string, position: LspPosition): Promise<Hover | null>;
  complete(text: string, position: LspPosition): Promise<readonly CompletionItem[]>;
  codeActions(uri: string, diagnostics: readonly LspDiagnostic[], range: LspRange): Promise<readonly CodeAction[]>;
  /** The latest diagnostics for a model URI. */
  diagnostics(uri: string): readonly LspDiagnostic[];
}

/** The language id. */
export const dockerfileLanguage = 'dockerfile-layerlab';

/** 0-based LSP range → 1-based Monaco range. */
export function toMonacoRange(monaco: MonacoApi, r: LspRange): Monaco.Range {
  return new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1);
}

/** 1-based Monaco position → 0-based LSP position. */
export function toLspPosition(p: Monaco.IPosition): LspPosition {
  return { line: p.lineNumber - 1, character: p.column - 1 };
}

/** Diagnostics → Monaco markers. */
export function toMarkers(monaco: MonacoApi, diagnostics: readonly LspDiagnostic[]): Monaco.editor.IMarkerData[] {
  const severity = { 1: monaco.MarkerSeverity.Error, 2: monaco.MarkerSeverity.Warning, 3: monaco.MarkerSeverity.Info, 4: monaco.MarkerSeverity.Hint };
  return diagnostics.map((d) => ({
    severity: severity[d.severity],
    message: d.message,
    source: d.source,
    code: d.codeDescription ? { value: d.code, target: monaco.Uri.parse(d.codeDescription.href) } : d.code,
    startLineNumber: d.range.start.line + 1,
    startColumn: d.range.start.character + 1,
    endLineNumber: d.range.end.line + 1,
    endColumn: Math.max(d.range.end.character + 1, d.range.start.line === d.range.end.line ? d.range.start.character + 2 : 1),
  }));
}

/** Registers the Dockerfile language: Monarch, hover, completion and quick fixes. */
export function registerDockerfile(monaco: MonacoApi, client: LanguageClient): void {
  monaco.languages.register({ id: dockerfileLanguage, filenames: ['Dockerfile'], filenamePatterns: ['*.Dockerfile', 'Dockerfile.*'] });
  monaco.languages.setMonarchTokensProvider(dockerfileLanguage, dockerfileMonarch as Monaco.languages.IMonarchLanguage);
  monaco.languages.setLanguageConfiguration(dockerfileLanguage, dockerfileLanguageConfiguration);
  monaco.languages.registerHoverProvider(dockerfileLanguage, {
    async provideHover(model, position) {
      const h = await client.hover(model.getValue(), toLspPosition(position));
      // Each `---`-separated section becomes its own hover part (Monaco draws the separators).
      const parts = h?.contents.value.split(/\n\n---\n\n/).map((value) => ({ value, isTrusted: false })) ?? [];
      return h ? { contents: parts, range: toMonacoRange(monaco, h.range) } : null;
    },
  });
  const kinds = {
    keyword: monaco.languages.CompletionItemKind.Keyword,
    flag: monaco.languages.CompletionItemKind.Property,
    stage: monaco.languages.CompletionItemKind.Module,
    variable: monaco.languages.CompletionItemKind.Variable,
    value: monaco.languages.CompletionItemKind.Value,
  };
  monaco.languages.registerCompletionItemProvider(dockerfileLanguage, {
    triggerCharacters: ['-', '=', '$', '{'],
    async provideCompletionItems(model, position) {
      const items = await client.complete(model.getValue(), toLspPosition(position));
      return {
        suggestions: items.map((i) => ({
          label: i.label,
          kind: kinds[i.kind],
          detail: i.detail,
          documentation: i.documentation,
          insertText: i.insertText,
          insertTextRules: i.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          range: toMonacoRange(monaco, i.range),
        })),
      };
    },
  });
  monaco.languages.registerCodeActionProvider(dockerfileLanguage, {
    async provideCodeActions(model, range) {
      const uri = model.uri.toString();
      const lspRange = { start: toLspPosition(range.getStartPosition()), end: toLspPosition(range.getEndPosition()) };
      const actions = await client.codeActions(uri, client.diagnostics(uri), lspRange);
      return {
        actions: actions.map((a) => ({
          title: a.title,
          kind: a.kind,
          isPreferred: a.isPreferred,
          diagnostics: toMarkers(monaco, a.diagnostics),
          edit: {
            edits: Object.entries(a.edit.changes).flatMap(([target, edits]) =>
              edits.map((e) => ({ resource: monaco.Uri.parse(target), textEdit: { range: toMonacoRange(monaco, e.range), text: e.newText }, versionId: undefined })),
            ),
          },
        })),
        dispose() {},
      };
    },
  }, { providedCodeActionKinds: ['quickfix'] });
}
