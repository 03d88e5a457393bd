/** The JSON a lesson page hands its client script (server-rendered into `<script type="application/json" data-lesson>`). */
import type { Goal } from '../lessons/goal-schema.ts';
import type { ContextFile } from '../../editor/state/files.ts';

/** Strings the client shows, already in the page's language. */
export interface LessonStrings {
  readonly done: string;
  readonly notYet: string;
  readonly unavailable: string;
  readonly allDone: string;
  readonly solutionShown: string;
  readonly nextUnlocked: string;
}

/** Everything the lesson client needs. */
export interface LessonData {
  readonly slug: string;
  readonly lang: 'en' | 'zh-cn';
  readonly playgroundId: string;
  readonly goals: readonly Goal[];
  readonly files: readonly ContextFile[];
  readonly solution: Readonly<Record<string, string>>;
  readonly strings: LessonStrings;
}

/** Serializes data for a `<script type="application/json">` (no `</script>` breakout). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
