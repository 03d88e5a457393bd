/** Quick fixes: each finding's text-edit fixes, offered where the cursor or selection touches it. */
import { rangesTouch } from './positions.ts';
import type { CodeAction, LspDiagnostic, LspRange } from './types.ts';

/** Code actions for a range of a document. */
export function codeActions(uri: string, diagnostics: readonly LspDiagnostic[], range: LspRange): readonly CodeAction[] {
  return diagnostics
    .filter((d) => rangesTouch(d.range, range))
    .flatMap((d) =>
      (d.data?.fixes ?? []).map((fix, index): CodeAction => ({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [d],
        isPreferred: index === 0,
        edit: { changes: { [uri]: fix.edits } },
      })),
    );
}

/** Applies text edits to a text (edits must not overlap; applied from the end). */
export function applyEdits(text: string, edits: readonly { readonly range: LspRange; readonly newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => {
    let n = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) n += (lines[i]?.length ?? 0) + 1;
    return n + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
