/** Lesson view models: one per lesson and language, with the English text as fallback and prev/next links. */
import type { Lesson } from '../lessons/schema.ts';
import type { Goal } from '../lessons/goal-schema.ts';
import type { ContextFile } from '../../editor/state/files.ts';
import type { Lang } from '../../i18n/index.ts';
import { lessonPath } from './routes.ts';

/** A lesson entry as the content collection gives it (id `<locale>/<folder>`). */
export interface LessonEntry {
  readonly id: string;
  readonly data: Lesson;
}

/** What a lesson page renders. */
export interface LessonView {
  readonly lang: Lang;
  readonly folder: string;
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  /** The entry whose text is shown (the English one when untranslated). */
  readonly entryId: string;
  readonly translated: boolean;
  readonly goals: readonly Goal[];
  readonly focus: string;
  /** Read-only and hidden paths of the starting files. */
  readonly filesConfig: Lesson['files'];
  readonly prev: { readonly slug: string; readonly title: string; readonly href: string } | null;
  readonly next: { readonly slug: string; readonly title: string; readonly href: string } | null;
}

function folderOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Every lesson in course order for one language (English entries decide which lessons exist). */
export function lessonViews(entries: readonly LessonEntry[], lang: Lang): LessonView[] {
  const english = entries.filter((e) => e.id.startsWith('en/')).sort((a, b) => a.data.order - b.data.order);
  const local = new Map(entries.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => [folderOf(e.id), e]));
  const shown = english.map((en) => local.get(folderOf(en.id)) ?? en);
  return english.map((en, i) => {
    const entry = shown[i] ?? en;
    const link = (j: number): LessonView['prev'] => {
      const other = shown[j];
      return other ? { slug: other.data.slug, title: other.data.title, href: lessonPath(lang, other.data.slug) } : null;
    };
    return {
      lang, folder: folderOf(en.id), slug: en.data.slug, order: en.data.order,
      title: entry.data.title, summary: entry.data.summary, minutes: entry.data.minutes,
      entryId: entry.id, translated: entry.id.startsWith(`${lang}/`),
      goals: en.data.goals, focus: en.data.files.focus, filesConfig: en.data.files,
      prev: link(i - 1), next: link(i + 1),
    };
  });
}

/** The playground's files: the starting files with the lesson's read-only and hidden marks. */
export function markedFiles(files: Readonly<Record<string, string>>, config: Lesson['files']): ContextFile[] {
  const readonly = new Set(config.readonly);
  const hidden = new Set(config.hidden);
  return Object.entries(files).map(([path, content]) => ({
    path, content,
    ...(readonly.has(path) ? { readonly: true } : {}),
    ...(hidden.has(path) ? { hidden: true } : {}),
  }));
}

/** A goal's label in one language. */
export function goalLabel(goal: Goal, lang: Lang): string {
  return goal.label[lang];
}
