/** Layerlab rule: a `# layerlab ignore=` comment without a reason. */
import { layerlabRule } from '../define.ts';
import { parsePragma } from '../config/pragmas.ts';

/** Layerlab's own ignore comments must say why (`-- reason`); without one they suppress nothing. */
export const suppressionWithoutReason = layerlabRule({
  id: 'SuppressionWithoutReason', title: 'Layerlab ignore comments need a reason', severity: 'warning', category: 'style',
  check(ctx, report) {
    for (const c of ctx.tree.comments) {
      const p = parsePragma(c.text);
      if (p?.source === 'layerlab' && !p.reason) report({ range: c.range, message: `This ignore comment has no reason, so it is not applied: write "# layerlab ${p.kind === 'file' ? 'ignore-file' : p.kind === 'stage' ? 'ignore-stage' : 'ignore'}=${p.rules.join(',')} -- <why>"` });
    }
  },
});
