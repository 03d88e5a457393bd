// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go (dispatchCmd, dispatchEntrypoint)
import { buildkitRule } from '../define.ts';
import { EXEC_FORM_FIX_TITLE, execFormFix } from '../model/exec-form.ts';
import { instRange } from '../model/util.ts';

/** Shell-form CMD/ENTRYPOINT runs under /bin/sh -c, which does not forward signals. */
export const jsonArgsRecommended = buildkitRule({
  id: 'JSONArgsRecommended', title: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  category: 'correctness', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        const kw = inst.node.keyword;
        if ((kw !== 'cmd' && kw !== 'entrypoint') || inst.node.json || states[i]!.shellSet) return;
        const name = kw.toUpperCase();
        const fix = execFormFix(ctx, inst);
        report({
          range: instRange(ctx, inst), message: `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals`,
          ...(fix ? { fix, fixTitle: EXEC_FORM_FIX_TITLE } : {}),
        });
      });
    }
  },
});
