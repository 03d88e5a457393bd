// Tracks hadolint src/Hadolint/Rule/DL3006.hs (behaviour, re-implemented; ARGs resolved first)
import { hadolintRule } from '../define.ts';
import { parseImageRef } from '../model/images.ts';

/** FROM without a tag means `latest`, whatever that is today. */
export const dl3006 = hadolintRule({
  id: 'DL3006', title: 'Always tag the version of an image explicitly', severity: 'warning', category: 'cache',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.baseStage !== undefined || !stage.base || stage.base.toLowerCase() === 'scratch' || stage.base.includes('$')) continue;
      const raw = stage.baseWord?.value ?? '';
      if (raw.includes('$') && !/^[\w./:@-]+$/.test(stage.base)) continue;
      const ref = parseImageRef(stage.base);
      if (ref.tag === undefined && ref.digest === undefined) report({ range: stage.from.node.range, message: `Always tag the version of an image explicitly (${stage.base})` });
    }
  },
});
