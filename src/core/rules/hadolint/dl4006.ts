// Tracks hadolint src/Hadolint/Rule/DL4006.hs (behaviour, re-implemented; heredocs and no-shell stages skipped)
import { hadolintRule } from '../define.ts';
import { flagsOf } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

/** A pipe in RUN hides a failing first command unless pipefail is on. */
export const dl4006 = hadolintRule({
  id: 'DL4006', title: 'Set the SHELL option -o pipefail before RUN with a pipe in it', severity: 'warning', category: 'correctness',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      let pipefail = false;
      for (let s = stage.baseStage; s !== undefined; s = ctx.stages[s]!.baseStage) {
        if (ctx.stages[s]!.instructions.some((i) => i.node.keyword === 'shell' && i.node.args.some((a) => a.value.includes('pipefail')))) pipefail = true;
      }
      if (stage.image && !stage.image.hasShell) continue;
      for (const inst of stage.instructions) {
        if (inst.node.keyword === 'shell') pipefail = inst.node.args.some((a) => a.value.includes('pipefail')) || /pwsh|powershell|cmd/i.test(inst.node.args[0]?.value ?? '');
        if (inst.node.keyword !== 'run' || inst.node.json || pipefail || inst.node.heredocs.length) continue;
        const script = inst.node.args.map((a) => a.value).join(' ').replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '""');
        if (!/(^|[^|])\|(?!\|)/.test(script) || /set\s+-[a-z]*o\s+pipefail|-o\s+pipefail/.test(script)) continue;
        if (flagsOf(inst.node).length && !script.trim()) continue;
        report({ range: instRange(ctx, inst), message: 'Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or `set -o pipefail`) so a failing command before | fails the build' });
      }
    }
  },
});
