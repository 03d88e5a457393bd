/** One bounded cache for pure functions of a string (image references, image facts): each answer is worked out once. */

/** Memoises `fn`; at most `limit` answers are kept (all are dropped when the table is full). Answers must stay read-only. */
export function memoizeByText<V>(fn: (text: string) => V, limit: number): (text: string) => V {
  const answers = new Map<string, V>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as V;
    if (answers.size >= limit) answers.clear();
    const answer = fn(text);
    answers.set(text, answer);
    return answer;
  };
}
