/** What the playground needs from an editor: Monaco on wide screens, a plain text view before it loads and on phones. */
import type { LspDiagnostic, LspRange } from '../core/language/types.ts';
import { english, type Translate } from './i18n.ts';
import type { Verdict } from './protocol.ts';

/** A verdict mark for a Dockerfile line (gutter colour and hover text). */
export interface LineMark {
  readonly line: number;
  readonly verdict: Verdict;
  readonly title: string;
}

/** The editor surface the controller drives. */
export interface EditorHost {
  /** Shows a file (creating its buffer the first time). */
  show(path: string, content: string, readonly: boolean): void;
  /** Replaces buffers whose text changed outside the editor and drops buffers of deleted files. */
  sync(files: ReadonlyMap<string, string>): void;
  setDiagnostics(path: string, diagnostics: readonly LspDiagnostic[]): void;
  setLineMarks(path: string, marks: readonly LineMark[]): void;
  /** Highlights the range that caused a verdict (null clears it) and scrolls to it. */
  highlight(path: string, range: LspRange | null): void;
  focus(): void;
  dispose(): void;
}

/** Callbacks from the editor to the controller. */
export interface EditorEvents {
  readonly onChange: (path: string, content: string) => void;
}

/** A plain textarea editor: readable and editable with no Monaco. */
export function createTextHost(container: HTMLElement, events: EditorEvents, t: Translate = english): EditorHost {
  container.replaceChildren();
  const area = document.createElement('textarea');
  area.className = 'pg-textarea';
  area.spellcheck = false;
  area.setAttribute('aria-label', t('pg.editor.text'));
  const notes = document.createElement('ul');
  notes.className = 'pg-text-notes';
  notes.setAttribute('aria-label', t('pg.editor.findings'));
  container.append(area, notes);
  let current = '';
  const diagnostics = new Map<string, readonly LspDiagnostic[]>();
  const fit = (): void => {
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 4}px`;
  };
  area.addEventListener('input', () => {
    events.onChange(current, area.value);
    fit();
  });
  const renderNotes = (): void => {
    notes.replaceChildren(
      ...(diagnostics.get(current) ?? []).map((d) => {
        const li = document.createElement('li');
        li.textContent = t('pg.editor.finding', { n: d.range.start.line + 1, message: d.message, code: String(d.code) });
        return li;
      }),
    );
  };
  return {
    show(path, content, readonly) {
      current = path;
      if (area.value !== content) area.value = content;
      area.readOnly = readonly;
      area.setAttribute('aria-label', readonly ? t('pg.editor.readonly', { path }) : path);
      renderNotes();
      fit();
    },
    sync(files) {
      const text = files.get(current);
      if (text !== undefined && text !== area.value) {
        area.value = text;
        fit();
      }
    },
    setDiagnostics(path, list) {
      diagnostics.set(path, list);
      if (path === current) renderNotes();
    },
    setLineMarks() {},
    highlight(path, range) {
      if (path !== current || range === null) return;
      const lines = area.value.split('\n');
      const start = lines.slice(0, range.start.line).reduce((n, l) => n + l.length + 1, 0);
      area.setSelectionRange(start, start + (lines[range.start.line]?.length ?? 0));
    },
    focus() {
      area.focus();
    },
    dispose() {
      container.replaceChildren();
    },
  };
}
