/** Layerlab rule: cgo left on for a binary that ends up in scratch or distroless static. */
import { layerlabRule } from '../define.ts';
import { goCommands } from '../model/go.ts';
import { scriptOf } from '../model/instr.ts';
import { finalStage, instRange, rootStage } from '../model/util.ts';

/** A cgo binary needs libc; scratch and distroless static have none, so it fails with "not found" at start. */
export const goCgoStaticFinal = layerlabRule({
  id: 'GoCgoStaticFinal', title: 'Build with CGO_ENABLED=0 when the final image has no libc', severity: 'warning', category: 'correctness',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final?.image?.static) return;
    for (const dep of final.deps) {
      const stage = ctx.stages[dep]!;
      const root = rootStage(ctx, stage);
      const states = ctx.state(stage.index).before;
      const allRuns = ctx.stages.filter((s) => s === stage || rootStage(ctx, s) === root).flatMap((s) => s.instructions).map((i) => scriptOf(i.node)).join('\n');
      const hasCompiler = !/alpine/.test(root.base) || /\b(gcc|build-base|musl-dev|clang)\b/.test(allRuns);
      if (!hasCompiler) continue;
      for (const cmd of goCommands(stage)) {
        if (cmd.sub !== 'build' && cmd.sub !== 'install') continue;
        const cgo = cmd.env.get('CGO_ENABLED') ?? states[cmd.pos]!.env.get('CGO_ENABLED');
        if (cgo === '0') continue;
        if (/-extldflags[\s\S]*-static/.test(cmd.inst.node.original)) continue;
        report({
          range: instRange(ctx, cmd.inst),
          message: `go ${cmd.sub} runs with cgo enabled (${cgo === undefined ? 'the default when a C compiler is present' : `CGO_ENABLED=${cgo}`}) but the final image ${final.base} has no libc: the binary may fail to start with "not found". Set CGO_ENABLED=0.`,
          ...(cgo === undefined ? { uncertain: 'cgo is on by default only for native builds with a C compiler on PATH' } : {}),
        });
      }
    }
  },
});
