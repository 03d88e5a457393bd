/** Per-stage dispatch position: the printed stage name, step counter and current output. */
import { stepPrefix } from './naming.ts';

/** Where dispatch is in one stage (BuildKit dispatchState.cmdIndex / cmdTotal / state). */
export interface StageCursor {
  readonly stage: number;
  readonly state: number;
  readonly stageName: string;
  readonly total: number;
  index: number;
  /** The step the stage state currently points at (undefined: scratch). */
  current: string | undefined;
  /** Whether the command being dispatched came from an ONBUILD trigger. */
  onbuild: boolean;
}

/** prefixCommand: the next `[name i/n] ` prefix (none when the total is 0), advancing the counter. */
export function nextName(cursor: StageCursor, text: string, onbuildPrefix: string): { name: string; index: number | undefined } {
  if (cursor.total === 0) return { name: text, index: undefined };
  cursor.index += 1;
  const prefix = stepPrefix(cursor.stageName, cursor.index, cursor.total);
  return { name: prefix + (cursor.onbuild ? onbuildPrefix : '') + text, index: cursor.index };
}
