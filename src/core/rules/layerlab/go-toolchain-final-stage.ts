/** Layerlab rule: the final image is the Go toolchain image. */
import { layerlabRule } from '../define.ts';
import { finalStage, rootStage } from '../model/util.ts';

/** Shipping golang:* ships the compiler, the module cache and the source: hundreds of MB for one binary. */
export const goToolchainFinalStage = layerlabRule({
  id: 'GoToolchainFinalStage', title: 'Do not ship the Go toolchain image as the final stage', severity: 'warning', category: 'size',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final) return;
    // `FROM lint` / `FROM build` at the end only picks a CI stage as the default target: not an image to ship.
    if (final.instructions.length === 0 && final.baseStage !== undefined && /lint|test|dev|validate|vendor|build|generate|ci/.test(ctx.stages[final.baseStage]!.name ?? '')) return;
    const root = rootStage(ctx, final);
    if (!root.image?.goToolchain) return;
    // Only when the toolchain is there because the build happened in this chain; a fresh golang stage that
    // copies a tool in (golangci-lint, goreleaser) ships Go on purpose.
    const chain = ctx.stages.filter((s) => rootStage(ctx, s) === root && s.index <= final.index);
    const builds = chain.some((s) => s.instructions.some((i) => i.node.keyword === 'run' && /\bgo\s+(build|install)\b/.test(i.node.original)));
    if (!builds) return;
    report({
      range: final.from.node.range,
      message: `The final stage is based on ${root.base}, the Go toolchain (~800 MB): copy the built binary into scratch, distroless or alpine in a last stage instead`,
    });
  },
});
