/** Goal outcomes before they are paired with their goal: passed, failed, or unavailable (a core piece is missing). */
import type { Localized } from '../lessons/common-schema.ts';
import type { CorePiece, GoalState } from './types.ts';

/** What one goal check found. */
export interface Outcome {
  readonly state: GoalState;
  readonly detail: Localized;
  readonly missing?: CorePiece;
}

/** The goal holds. */
export function passed(en: string, zh: string): Outcome {
  return { state: 'passed', detail: { en, 'zh-cn': zh } };
}

/** The goal does not hold. */
export function failed(en: string, zh: string): Outcome {
  return { state: 'failed', detail: { en, 'zh-cn': zh } };
}

/** The goal cannot be checked yet: the core piece it needs is missing. */
export function unavailable(piece: CorePiece): Outcome {
  return {
    state: 'unavailable',
    missing: piece,
    detail: { en: `Cannot check yet: the core's ${piece} is not available.`, 'zh-cn': `暂时无法检查：核心模块的 ${piece} 尚不可用。` },
  };
}

/** A pass or a fail, depending on a condition. */
export function verdict(ok: boolean, yes: readonly [string, string], no: readonly [string, string]): Outcome {
  return ok ? passed(...yes) : failed(...no);
}
