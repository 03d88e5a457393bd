// Tracks hadolint src/Hadolint/Rule/DL3067.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { allInsts, instRange, rootStage } from '../model/util.ts';

/** COPY --from=stage / copies a whole OS filesystem (scratch-based stages and the xx helper are exempt). */
export const dl3067 = hadolintRule({
  id: 'DL3067', title: 'Do not copy an entire filesystem from another stage', severity: 'warning', category: 'size',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'copy') continue;
      const c = copyOf(inst.node);
      if (c.from === undefined || !c.sources.some((s) => /^\/+\.?$/.test(s.value))) continue;
      const dep = ctx.stageByName(c.from);
      const root = dep === undefined ? undefined : rootStage(ctx, ctx.stages[dep]!);
      // A scratch-based stage holds only what was put there on purpose; tonistiigi/xx is a helper meant to be copied whole.
      if (root === undefined || root.base.toLowerCase() === 'scratch' || /(^|\/)xx(:|@|$)/.test(root.base)) continue;
      // Only an OS filesystem is a problem: the root image is known to have one, or some stage of the chain runs commands.
      const chain = ctx.stages.filter((s) => rootStage(ctx, s) === root && s.index <= dep!);
      if (!root.image?.hasShell && !chain.some((s) => s.instructions.some((i) => i.node.keyword === 'run'))) continue;
      {
        report({ range: instRange(ctx, inst), message: `COPY --from=${c.from} / copies the whole filesystem of that stage; copy the paths you need` });
      }
    }
  },
});
