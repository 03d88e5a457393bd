// Tracks hadolint src/Hadolint/Rule/DL3007.hs (behaviour, re-implemented; ARGs resolved first)
import { hadolintRule } from '../define.ts';
import { parseImageRef } from '../model/images.ts';

/** `:latest` changes under you and breaks cache reuse across machines. */
export const dl3007 = hadolintRule({
  id: 'DL3007', title: 'Using latest is prone to errors if the image will ever update', severity: 'warning', category: 'cache',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.baseStage !== undefined) continue;
      const ref = parseImageRef(stage.base);
      if (ref.tag === 'latest' && ref.digest === undefined) report({ range: stage.from.node.range, message: `Pin ${ref.name} to a release tag instead of latest` });
    }
  },
});
