/** Layerlab rule: unnamed stages the target never uses. */
import { layerlabRule } from '../define.ts';

/** An unnamed stage nothing depends on cannot be a --target either: it is dead code (legacy builders still build it). */
export const unreachableStage = layerlabRule({
  id: 'UnreachableStage', title: 'Remove stages no target can reach', severity: 'info', category: 'time',
  check(ctx, report) {
    const usedByAny = new Set(ctx.stages.flatMap((s) => s.deps));
    for (const stage of ctx.stages) {
      if (ctx.reachable.has(stage.index) || stage.name !== undefined || usedByAny.has(stage.index)) continue;
      report({ range: stage.from.node.range, message: `Stage ${stage.index} (FROM ${stage.base}) has no name and nothing uses it: BuildKit skips it, the legacy builder still builds it` });
    }
  },
});
