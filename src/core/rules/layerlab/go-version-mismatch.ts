/** Layerlab rule: go.mod asks for a newer Go than the golang image has. */
import { layerlabRule } from '../define.ts';
import { compareVersions } from '../model/go-mod.ts';
import { parseImageRef } from '../model/images.ts';

/** golang images set GOTOOLCHAIN=local, so an older toolchain refuses the module: "go.mod requires go >= X". */
export const goVersionMismatch = layerlabRule({
  id: 'GoVersionMismatch', title: 'The golang image must be at least the go.mod go version', severity: 'error', category: 'correctness',
  check(ctx, report) {
    const want = ctx.context.goMod?.go;
    if (!want) return;
    for (const stage of ctx.stages) {
      if (stage.baseStage !== undefined || !stage.image?.goToolchain) continue;
      const tag = parseImageRef(stage.base).tag ?? '';
      const have = /^(\d+\.\d+(?:\.\d+)?)/.exec(tag)?.[1];
      if (!have) continue;
      const precise = have.split('.').length === 3;
      const wantCmp = precise ? want : want.split('.').slice(0, 2).join('.');
      if (compareVersions(have, wantCmp) >= 0) continue;
      report({ range: stage.from.node.range, message: `go.mod says go ${want} but ${stage.base} has Go ${have}: with GOTOOLCHAIN=local the build stops with "go.mod requires go >= ${want}"` });
    }
  },
});
