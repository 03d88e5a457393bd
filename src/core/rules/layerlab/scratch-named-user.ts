/** Layerlab rule: a user name in a scratch image without /etc/passwd. */
import { layerlabRule } from '../define.ts';
import { typed } from '../model/typed.ts';
import { finalStage, instRange } from '../model/util.ts';

/** Without /etc/passwd the runtime cannot map a name to a uid, so the container fails to start. */
export const scratchNamedUser = layerlabRule({
  id: 'ScratchNamedUser', title: 'Use a numeric USER in scratch images', severity: 'error', category: 'correctness',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final || final.base.toLowerCase() !== 'scratch') return;
    final.instructions.forEach((inst, i) => {
      if (inst.node.keyword !== 'user') return;
      const user = (typed(inst, 'user')?.user ?? '').split(':')[0] ?? '';
      if (!user || /^\d+$/.test(user)) return;
      const passwd = final.instructions.slice(0, i).some((c) => (c.node.keyword === 'copy' || c.node.keyword === 'add') && /\/etc\/passwd|\/etc\/?(\s|$)|\s\/\s*$/.test(c.node.original));
      if (passwd) return;
      report({ range: instRange(ctx, inst), message: `USER ${user} in scratch: there is no /etc/passwd to resolve the name, so the container fails to start; use a numeric id such as 65532` });
    });
  },
});
