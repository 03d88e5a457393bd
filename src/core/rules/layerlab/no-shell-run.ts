/** Layerlab rule: RUN in a stage whose image has no shell. */
import { layerlabRule } from '../define.ts';
import { instRange } from '../model/util.ts';

/** RUN needs /bin/sh (shell form) or the named program (exec form); scratch has neither. */
export const noShellRun = layerlabRule({
  id: 'NoShellRun', title: 'Do not RUN in scratch or distroless stages', severity: 'error', category: 'correctness',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (!stage.image || stage.image.hasShell) continue;
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        if (inst.node.keyword !== 'run' || inst.node.json || states[i]!.shellSet) return;
        const copiedShell = stage.instructions.slice(0, i).some((c) => c.node.keyword === 'copy' && /\/bin\/(sh|busybox|bash)\b|\/bin\/?\s*$/.test(c.node.original));
        if (copiedShell) return;
        report({ range: instRange(ctx, inst), message: `${stage.base} has no /bin/sh, so this RUN fails; do the work in a builder stage and COPY the result` });
      });
    }
  },
});
