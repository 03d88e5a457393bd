/** Lesson progress in localStorage: which lessons had every goal met. Missing or blocked storage means no progress. */

/** The storage key. */
export const progressKey = 'layerlab:progress';

/** Slugs of finished lessons. */
export function loadProgress(): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(progressKey) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks a lesson finished (kept even if the learner edits afterwards). */
export function markDone(slug: string): void {
  const done = loadProgress();
  if (done.has(slug)) return;
  done.add(slug);
  try {
    localStorage.setItem(progressKey, JSON.stringify([...done].sort()));
  } catch {
    // Storage refused: progress lives only for this page view.
  }
}
