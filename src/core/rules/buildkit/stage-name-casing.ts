// Tracks BuildKit frontend/dockerfile/instructions/parse.go (isLowerCaseStageName)
import { buildkitRule } from '../define.ts';
import { wordIsLiteral } from '../model/util.ts';

/** Stage names should be lowercase. */
export const stageNameCasing = buildkitRule({
  id: 'StageNameCasing', title: 'Stage names should be lowercase', category: 'style', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const word = stage.nameWord;
      if (!word || stage.from.node.args.length !== 3 || word.value === word.value.toLowerCase()) continue;
      report({
        range: stage.from.node.range, message: `Stage name '${word.value}' should be lowercase`,
        ...(wordIsLiteral(ctx, word) ? { fix: [{ range: word.range, newText: word.value.toLowerCase() }], fixTitle: `Rename the stage to '${word.value.toLowerCase()}'` } : {}),
      });
    }
  },
});
