// Tracks hadolint src/Hadolint/Rule/DL3000.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { typed } from '../model/typed.ts';
import { instRange } from '../model/util.ts';

/** Every WORKDIR should be absolute. */
export const dl3000 = hadolintRule({
  id: 'DL3000', title: 'Use absolute WORKDIR', severity: 'error', category: 'portability',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      stage.instructions.forEach((inst) => {
        if (inst.node.keyword !== 'workdir') return;
        const raw = inst.node.args[0]?.value ?? '';
        const path = typed(inst, 'workdir')?.path ?? raw;
        if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || (raw.startsWith('$') && path === '')) return;
        report({ range: instRange(ctx, inst), message: `Use an absolute WORKDIR: "${raw}" is relative` });
      });
    }
  },
});
