/**
 * Shared empty lists for arrays of objects or strings.
 *
 * V8 tags every array with an elements kind, and an empty literal `[]` (or `[].map(…)`) has the small-integer kind,
 * while a list of words, flags or entries has the object kind. Code that reads both kinds at one site is specialised
 * on the one it saw first and thrown away when the other arrives; on the checker's hot paths that meant dozens of
 * deoptimisations and recompiles after warm-up. These lists are made with the object kind (an object pushed and
 * popped: kinds only ever widen), so empty and full lists share one array shape.
 */

/** A new empty array with the elements kind of an array of objects. */
export function objectKindList<T>(): T[] {
  const list: unknown[] = [{}];
  list.pop();
  return list as T[];
}

/** The shared read-only empty list (object elements kind); never change it in place. */
export const EMPTY_LIST: readonly never[] = objectKindList<never>();
