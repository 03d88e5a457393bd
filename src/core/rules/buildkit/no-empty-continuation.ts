// Tracks BuildKit frontend/dockerfile/parser/parser.go (empty continuation warnings)
import { buildkitRule } from '../define.ts';
import { textAt } from '../model/text.ts';

/** Empty lines inside a continued instruction (future error). */
export const noEmptyContinuation = buildkitRule({
  id: 'NoEmptyContinuation', title: 'Empty continuation lines will become errors in a future release', category: 'correctness', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const p of ctx.tree.problems) {
      if (p.code !== 'empty-continuation') continue;
      const edits = (p.related ?? []).flatMap((r) => {
        const whole = { start: { line: r.start.line, character: 0 }, end: { line: r.start.line + 1, character: 0 } };
        return textAt(ctx.lines, whole).trim() === '' ? [{ range: whole, newText: '' }] : [];
      });
      report({ range: p.range, message: 'Empty continuation line', ...(edits.length ? { fix: edits, fixTitle: edits.length > 1 ? 'Remove the empty continuation lines' : 'Remove the empty continuation line' } : {}) });
    }
  },
});
