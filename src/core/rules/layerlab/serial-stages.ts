/** Layerlab rule: the final image copies its binary through a test stage, so tests block the image. */
import { layerlabRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { finalStage, instRange } from '../model/util.ts';

const TEST = /\bgo\s+(test|vet)\b|golangci-lint|staticcheck/;

/** COPY --from=test makes the image wait for the tests although the binary was built earlier in the chain. */
export const serialStages = layerlabRule({
  id: 'SerialStages', title: 'Copy artifacts from the stage that builds them, not from a test stage built on it', severity: 'info', category: 'time',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final) return;
    for (const inst of final.instructions) {
      if (inst.node.keyword !== 'copy') continue;
      const from = copyOf(inst.node).from;
      const dep = from === undefined ? undefined : ctx.stageByName(from);
      if (dep === undefined) continue;
      const stage = ctx.stages[dep]!;
      const tests = stage.instructions.some((i) => i.node.keyword === 'run' && TEST.test(i.node.original));
      const builds = stage.instructions.some((i) => i.node.keyword === 'run' && /\bgo\s+(build|install)\b/.test(i.node.original));
      if (!tests || builds || stage.baseStage === undefined) continue;
      // Files the test stage writes itself (a `.done` marker, a coverage report) really do come from it.
      const written = stage.instructions.map((i) => i.node.original).join('\n');
      if (copyOf(inst.node).sources.some((src) => src.value.length > 1 && written.includes(src.value))) continue;
      const parent = ctx.stages[stage.baseStage]!;
      report({
        range: instRange(ctx, inst),
        message: `COPY --from=${from} waits for the tests in stage ${stage.name ?? dep}, but the files come from ${parent.name ?? stage.baseStage}: copy from ${parent.name ?? stage.baseStage} so image and tests build in parallel (run tests as their own target)`,
      });
    }
  },
});
