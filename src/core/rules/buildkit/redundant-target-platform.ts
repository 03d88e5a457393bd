// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (reportRedundantTargetPlatform)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { flag } from '../model/instr.ts';
import { offsetAt, rangeOf } from '../model/text.ts';
import { wordIsLiteral } from '../model/util.ts';

/** `FROM --platform=$TARGETPLATFORM` is what BuildKit does anyway. */
export const redundantTargetPlatform = buildkitRule({
  id: 'RedundantTargetPlatform', title: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  category: 'style', since: '1.9.0', fixable: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.platform === undefined) continue;
      const m = expandWord(stage.platform, ctx.metaEnv, ctx.tree.escapeToken);
      if (m.matched.size !== 1 || m.unmatched.size !== 0 || !m.matched.has('TARGETPLATFORM') || m.result !== ctx.metaEnv.get('TARGETPLATFORM')) continue;
      const word = flag(stage.from.node, 'platform')!.word;
      const start = offsetAt(ctx.lines, word.range.start);
      let end = offsetAt(ctx.lines, word.range.end);
      while (ctx.lines.text[end] === ' ' || ctx.lines.text[end] === '\t') end++;
      report({
        range: stage.from.node.range, message: `Setting platform to predefined ${stage.platform} in FROM is redundant as this is the default behavior`,
        ...(wordIsLiteral(ctx, word) ? { fix: [{ range: rangeOf(ctx.lines, start, end), newText: '' }], fixTitle: `Remove --platform=${stage.platform}` } : {}),
      });
    }
  },
});
