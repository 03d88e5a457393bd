// Tracks hadolint src/Hadolint/Rule/DL3025.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { EXEC_FORM_FIX_TITLE, execFormFix } from '../model/exec-form.ts';
import { allInsts, instRange } from '../model/util.ts';

/** CMD/ENTRYPOINT in shell form (hadolint fires even when SHELL is set, unlike BuildKit). */
export const dl3025 = hadolintRule({
  id: 'DL3025', title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments', severity: 'warning', category: 'correctness', fixable: true,
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      const kw = inst.node.keyword;
      if ((kw !== 'cmd' && kw !== 'entrypoint') || inst.node.json) continue;
      const fix = execFormFix(ctx, inst);
      report({ range: instRange(ctx, inst), message: `Use JSON (exec) form for ${kw.toUpperCase()}`, ...(fix ? { fix, fixTitle: EXEC_FORM_FIX_TITLE } : {}) });
    }
  },
});
