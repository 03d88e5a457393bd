// Tracks hadolint src/Hadolint/Rule/DL3045.hs (behaviour, re-implemented; WORKDIR of an ancestor stage counts)
import { hadolintRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

/** COPY to a relative path with no WORKDIR: lands wherever the base image's WORKDIR is. */
export const dl3045 = hadolintRule({
  id: 'DL3045', title: 'COPY to a relative destination without WORKDIR set', severity: 'warning', category: 'portability',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      let reported = false;
      stage.instructions.forEach((inst, i) => {
        if (reported || inst.node.keyword !== 'copy' || states[i]!.workdirSet) return;
        const dest = copyOf(inst.node).dest?.value;
        if (!dest || dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest)) return;
        reported = true;
        report({ range: instRange(ctx, inst), message: `COPY to relative destination "${dest}" without a WORKDIR in this stage (reported once per stage)` });
      });
    }
  },
});
