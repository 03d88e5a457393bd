// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateUsedOnce)
import { buildkitRule } from '../define.ts';
import type { Inst } from '../model/context.ts';
import { instRange } from '../model/util.ts';

/** Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage counts; earlier ones are dead code. */
export const multipleInstructionsDisallowed = buildkitRule({
  id: 'MultipleInstructionsDisallowed', title: 'Multiple instructions of the same type should not be used in the same stage',
  category: 'correctness', since: '1.8.0',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      // Made on first use: most stages have none of these instructions.
      let last: Map<string, Inst> | undefined;
      for (const inst of stage.instructions) {
        const kw = inst.node.keyword;
        if (kw !== 'cmd' && kw !== 'entrypoint' && kw !== 'healthcheck') continue;
        const prev = last?.get(kw);
        if (prev) report({ range: instRange(ctx, prev), message: `Multiple ${kw.toUpperCase()} instructions should not be used in the same stage because only the last one will be used` });
        (last ??= new Map()).set(kw, inst);
      }
    }
  },
});
