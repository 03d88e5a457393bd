// Tracks hadolint src/Hadolint/Rule/DL3003.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { commandWords, shellCommands } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';

/** `cd` in RUN instead of WORKDIR. */
export const dl3003 = hadolintRule({
  id: 'DL3003', title: 'Use WORKDIR to switch to a directory', severity: 'warning', category: 'style',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'run' || inst.node.json || inst.node.heredocs.length || !/\bcd\b/.test(inst.node.original)) continue;
      const commands = shellCommands(inst.node.args.map((a) => a.value).join(' '));
      if (commands.some((c) => commandWords(c.replace(/^\(+/, '')).words[0] === 'cd')) {
        report({ range: instRange(ctx, inst), message: 'Use WORKDIR to switch to a directory instead of cd in RUN' });
      }
    }
  },
});
