/** Applies lesson edits (append, replace, write, delete, chmod) to the learner's files, immutably. */
import type { Edit } from '../lessons/common-schema.ts';
import type { LessonFiles } from './types.ts';

/** The files after the edits, or the first edit that could not be applied. */
export type EditOutcome = { readonly ok: true; readonly files: LessonFiles } | { readonly ok: false; readonly error: string };

function under(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function applyOne(files: Record<string, string>, modes: Record<string, string>, edit: Edit): string | undefined {
  switch (edit.kind) {
    case 'append':
      files[edit.path] = (files[edit.path] ?? '') + edit.text;
      return undefined;
    case 'replace': {
      const text = files[edit.path];
      if (text === undefined) return `${edit.path} does not exist`;
      const at = text.indexOf(edit.find);
      if (at < 0) return `${edit.path} does not contain ${JSON.stringify(edit.find)}`;
      files[edit.path] = text.slice(0, at) + edit.with + text.slice(at + edit.find.length);
      return undefined;
    }
    case 'write':
      files[edit.path] = edit.content;
      return undefined;
    case 'delete': {
      const doomed = Object.keys(files).filter((p) => under(p, edit.path));
      if (doomed.length === 0) return `${edit.path} does not exist`;
      for (const p of doomed) {
        delete files[p];
        delete modes[p];
      }
      return undefined;
    }
    case 'chmod':
      if (!Object.keys(files).some((p) => under(p, edit.path))) return `${edit.path} does not exist`;
      modes[edit.path] = edit.mode.padStart(4, '0');
      return undefined;
    default: {
      const never: never = edit;
      return `unknown edit ${JSON.stringify(never)}`;
    }
  }
}

/** Applies edits in order; a replace whose text is missing (the learner changed it) fails the whole change. */
export function applyEdits(start: LessonFiles, edits: readonly Edit[]): EditOutcome {
  const files: Record<string, string> = { ...start.files };
  const modes: Record<string, string> = { ...start.modes };
  for (const edit of edits) {
    const error = applyOne(files, modes, edit);
    if (error !== undefined) return { ok: false, error };
  }
  return { ok: true, files: Object.keys(modes).length > 0 ? { files, modes } : { files } };
}

/** Overlays a lesson's `_solution/` files on its `_files/` (the solution holds only the files that change). */
export function withSolution(start: LessonFiles, solution: Readonly<Record<string, string>>): LessonFiles {
  return { ...start, files: { ...start.files, ...solution } };
}
