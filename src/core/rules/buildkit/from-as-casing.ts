// Tracks BuildKit frontend/dockerfile/instructions/parse.go (doesFromCaseMatchAsCase)
import { buildkitRule } from '../define.ts';

/** The `as` keyword should match the case of `FROM`. */
export const fromAsCasing = buildkitRule({
  id: 'FromAsCasing', title: "The 'as' keyword should match the case of the 'from' keyword", category: 'style', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const as = stage.asWord;
      const from = stage.from.node.keywordWord.value;
      if (!as) continue;
      const lower = from === from.toLowerCase();
      const upper = from === from.toUpperCase();
      if (!lower && !upper) continue;
      const want = lower ? as.value.toLowerCase() : as.value.toUpperCase();
      if (as.value === want) continue;
      report({ range: stage.from.node.range, message: `'${as.value}' and '${from}' keywords' casing do not match`, fix: [{ range: as.range, newText: want }], fixTitle: `Write '${want}'` });
    }
  },
});
