// Tracks hadolint src/Hadolint/Rule/DL3067.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';

/** COPY --from=stage / copies a whole filesystem. */
export const dl3067 = hadolintRule({
  id: 'DL3067', title: 'Do not copy an entire filesystem from another stage', severity: 'warning', category: 'size',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'copy') continue;
      const c = copyOf(inst.node);
      if (c.from !== undefined && c.sources.some((s) => /^\/+\.?$/.test(s.value))) {
        report({ range: instRange(ctx, inst), message: `COPY --from=${c.from} / copies the whole filesystem of that stage; copy the paths you need` });
      }
    }
  },
});
