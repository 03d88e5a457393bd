/** Layerlab rule: shell-form CMD/ENTRYPOINT in an image without a shell. */
import { layerlabRule } from '../define.ts';
import { EXEC_FORM_FIX_TITLE, execFormFix } from '../model/exec-form.ts';
import { finalStage, instRange } from '../model/util.ts';

/** scratch and distroless have no /bin/sh, so shell-form CMD/ENTRYPOINT fails at container start. */
export const noShellShellForm = layerlabRule({
  id: 'NoShellShellForm', title: 'Use exec form for CMD/ENTRYPOINT in scratch and distroless images', severity: 'error', category: 'correctness', fixable: true,
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final?.image || final.image.hasShell) return;
    const states = ctx.state(final.index).before;
    final.instructions.forEach((inst, i) => {
      const kw = inst.node.keyword;
      if ((kw !== 'cmd' && kw !== 'entrypoint') || inst.node.json || states[i]!.shellSet) return;
      const fix = execFormFix(ctx, inst);
      report({ range: instRange(ctx, inst), message: `${final.base} has no /bin/sh: this shell-form ${kw.toUpperCase()} fails with "exec: /bin/sh: no such file" when the container starts`, ...(fix ? { fix, fixTitle: EXEC_FORM_FIX_TITLE } : {}) });
    });
  },
});
