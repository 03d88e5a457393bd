// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go (dispatchWorkdir)
import { buildkitRule } from '../define.ts';
import { typed } from '../model/typed.ts';
import { instRange } from '../model/util.ts';

/** A relative WORKDIR before any WORKDIR in the stage chain depends on the base image's directory. */
export const workdirRelativePath = buildkitRule({
  id: 'WorkdirRelativePath', title: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  category: 'portability', since: '1.8.0',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        if (inst.node.keyword !== 'workdir') return;
        const state = states[i]!;
        const path = typed(inst, 'workdir')?.path ?? '';
        if (state.workdirSet || path.startsWith('/')) return;
        report({ range: instRange(ctx, inst), message: `Relative workdir "${path}" can have unexpected results if the base image changes` });
      });
    }
  },
});
