/** Refusals of file-tree edits (state/files.ts words them in English) in the playground's language. */
import type { UiKey } from '../i18n/index.ts';
import type { Translate } from './i18n.ts';

/** The English wording of each refusal in state/files.ts, and the key that words it in any language. */
const patterns: readonly (readonly [RegExp, UiKey])[] = [
  [/^"(?<path>.*)" is not a valid path$/s, 'pg.refused.invalid'],
  [/^(?<path>.*) does not exist$/s, 'pg.refused.missing'],
  [/^(?<path>.*) is read-only$/s, 'pg.refused.readonly'],
  [/^(?<path>.*) already exists$/s, 'pg.refused.exists'],
  [/^a file stands where a folder of (?<path>.*) should be$/s, 'pg.refused.fileInWay'],
  [/^cannot move (?<path>.*) into itself$/s, 'pg.refused.intoItself'],
  [/^(?<path>.*) holds read-only files$/s, 'pg.refused.holdsReadonly'],
];

/** A refusal reason in the translator's language (English, and unknown reasons, unchanged). */
export function refusalText(reason: string, t: Translate): string {
  if (t.lang === 'en') return reason;
  for (const [pattern, key] of patterns) {
    const path = pattern.exec(reason)?.groups?.['path'];
    if (path !== undefined) return t(key, { path });
  }
  return reason;
}
