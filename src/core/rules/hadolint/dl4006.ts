// Tracks hadolint src/Hadolint/Rule/DL4006.hs (behaviour, re-implemented; heredocs and no-shell stages skipped)
import { hadolintRule } from '../define.ts';
import { flagsOf } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

// Commands whose failure before a pipe is harmless or shows up downstream anyway: not worth a finding.
const QUIET = new Set(['echo', 'printf', 'cat', 'find', 'ls', 'sort', 'grep', 'yes', 'true', 'head', 'tail', 'tr', 'sed', 'awk', 'cut', 'xargs', 'tee', 'uniq', 'wc', 'basename', 'dirname', 'env', 'date', 'uname', 'jq']);

const LONE_PIPE = /(?<!\|)\|(?!\|)/;

/** True when some `a | b` pipe in the script starts with a command whose failure would be hidden. */
function riskyPipe(script: string): boolean {
  if (!LONE_PIPE.test(script)) return false;
  return script.split(/&&|\|\||;|\n/).some((part) => {
    const pipeline = part.split(/(?<!\|)\|(?!\|)/);
    return pipeline.length > 1 && pipeline.slice(0, -1).some((cmd) => !QUIET.has(cmd.trim().replace(/^\(+/, '').split(/\s+/)[0] ?? ''));
  });
}

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
        if (inst.node.keyword !== 'run' || inst.node.json || pipefail || inst.node.heredocs.length || !inst.node.args.some((a) => a.value.includes('|'))) continue;
        const script = inst.node.args.map((a) => a.value).join(' ').replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '""');
        if (/set\s+-[a-z]*o\s+pipefail|-o\s+pipefail/.test(script) || !riskyPipe(script)) continue;
        if (flagsOf(inst.node).length && !script.trim()) continue;
        report({ range: instRange(ctx, inst), message: 'Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or `set -o pipefail`) so a failing command before | fails the build' });
      }
    }
  },
});
