/** Layerlab rule: the final image is the Go toolchain image. */
import { layerlabRule } from '../define.ts';
import { finalStage, rootStage } from '../model/util.ts';

/** Shipping golang:* ships the compiler, the module cache and the source: hundreds of MB for one binary. */
export const goToolchainFinalStage = layerlabRule({
  id: 'GoToolchainFinalStage', title: 'Do not ship the Go toolchain image as the final stage', severity: 'warning', category: 'size',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final) return;
    const root = rootStage(ctx, final);
    if (!root.image?.goToolchain) return;
    const builds = ctx.stages.some((s) => s.instructions.some((i) => i.node.keyword === 'run' && /\bgo\s+(build|install)\b/.test(i.node.original)));
    if (!builds) return;
    report({
      range: final.from.node.range,
      message: `The final stage is based on ${root.base}, the Go toolchain (~800 MB): copy the built binary into scratch, distroless or alpine in a last stage instead`,
    });
  },
});
