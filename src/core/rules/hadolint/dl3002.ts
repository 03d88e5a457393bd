// Tracks hadolint src/Hadolint/Rule/DL3002.hs (behaviour, re-implemented, judged on the final stage only)
import { hadolintRule } from '../define.ts';
import type { Inst } from '../model/context.ts';
import { instRange } from '../model/util.ts';

/** The image's last USER is root: containers run as root unless the runtime overrides it. */
export const dl3002 = hadolintRule({
  id: 'DL3002', title: 'Last USER should not be root', severity: 'warning', category: 'security',
  check(ctx, report) {
    let last: Inst | undefined;
    let stage = ctx.stages[ctx.target];
    while (stage && !last) {
      last = [...stage.instructions].reverse().find((i) => i.node.keyword === 'user');
      stage = stage.baseStage === undefined ? undefined : ctx.stages[stage.baseStage];
    }
    if (!last) return;
    const user = (last.node.args[0]?.value ?? '').split(':')[0];
    if (user === 'root' || user === '0') report({ range: instRange(ctx, last), message: 'The final image runs as root: switch to a non-root USER at the end' });
  },
});
