// Tracks hadolint src/Hadolint/Rule/DL3023.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { flag } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

/** A stage cannot COPY --from itself. */
export const dl3023 = hadolintRule({
  id: 'DL3023', title: 'COPY --from cannot reference its own FROM alias', severity: 'error', category: 'correctness',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      for (const inst of stage.instructions) {
        const from = inst.node.keyword === 'copy' ? flag(inst.node, 'from')?.value : undefined;
        if (from !== undefined && (from.toLowerCase() === stage.name || from === String(stage.index))) {
          report({ range: instRange(ctx, inst), message: `COPY --from=${from} refers to the stage it is in` });
        }
      }
    }
  },
});
