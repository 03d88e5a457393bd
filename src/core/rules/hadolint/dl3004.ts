// Tracks hadolint src/Hadolint/Rule/DL3004.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { commandsOf } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';

/** sudo in a build: RUN is already root, or should switch USER. */
export const dl3004 = hadolintRule({
  id: 'DL3004', title: 'Do not use sudo', severity: 'error', category: 'security',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'run') continue;
      if (inst.node.original.includes('sudo') && commandsOf(inst.node).some((c) => /^sudo(\s|$)/.test(c.text))) {
        report({ range: instRange(ctx, inst), message: 'Do not use sudo: RUN runs as the current USER; switch USER (or use gosu at runtime) instead' });
      }
    }
  },
});
