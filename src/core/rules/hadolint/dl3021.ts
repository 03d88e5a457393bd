// Tracks hadolint src/Hadolint/Rule/DL3021.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { allInsts, instRange, wordIsLiteral } from '../model/util.ts';

/** COPY of several sources needs a directory destination ending in `/`. */
export const dl3021 = hadolintRule({
  id: 'DL3021', title: 'COPY with more than 2 arguments requires the last argument to end with /', severity: 'error', category: 'correctness', fixable: true,
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'copy' || inst.node.json) continue;
      const { sources, dest } = copyOf(inst.node);
      if (sources.length < 2 || !dest || dest.value.endsWith('/') || /(^|\/)\.\.?$/.test(dest.value) || dest.value.includes('$')) continue;
      report({
        range: instRange(ctx, inst), message: `COPY with ${sources.length} sources needs a destination ending in / (got "${dest.value}")`,
        ...(wordIsLiteral(ctx, dest) ? { fix: [{ range: dest.range, newText: dest.value + '/' }], fixTitle: `Write the destination as '${dest.value}/'` } : {}),
      });
    }
  },
});
