/** Layerlab rule: sources copied before Go modules are downloaded. */
import { layerlabRule } from '../define.ts';
import type { Inst } from '../model/context.ts';
import { cacheMountFor, fetchesModules, goCommands, goDirs } from '../model/go.ts';
import { copyOf, unquote } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

const MOD_FILES = /(^|\/)(go\.(mod|sum|work|work\.sum|\*)|go\.\{?mod,sum\}?)$|^(\.\/)?vendor(\/|$)/;
const REMOTE = /^(?:[a-z]+:\/\/|git@)/i;

/** True for a COPY from the context that brings more than go.mod/go.sum. */
export function copiesSource(inst: Inst): boolean {
  if (inst.node.keyword !== 'copy' && inst.node.keyword !== 'add') return false;
  const c = copyOf(inst.node);
  return c.from === undefined && c.sources.length > 0 && c.sources.some((s) => !MOD_FILES.test(s.value) && !/^<</.test(s.value) && !REMOTE.test(unquote(s.value)));
}

/** `COPY . .` before `go mod download`: every source edit re-downloads every module. */
export const goSourceBeforeModDownload = layerlabRule({
  id: 'GoSourceBeforeModDownload', title: 'Copy go.mod and go.sum and download modules before copying the source', severity: 'warning', category: 'cache',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      // `go install pkg@version` runs outside the main module, so it does not depend on go.mod.
      const cmds = goCommands(stage).filter((c) => fetchesModules(c) && !((c.sub === 'install' || c.sub === 'run') && c.args.some((a) => a.includes('@'))));
      const first = cmds[0];
      if (!first) continue;
      if (first.args.some((a) => /-mod=vendor/.test(a)) || first.env.get('GOFLAGS')?.includes('-mod=vendor')) continue;
      const copy = stage.instructions.slice(0, first.pos).find(copiesSource);
      if (!copy) continue;
      const state = ctx.state(stage.index).before[first.pos]!;
      if (first.sub !== 'mod download' && cacheMountFor(first.mounts, goDirs(ctx, state, first).gomodcache, state.env)) continue;
      report({
        range: instRange(ctx, copy),
        message: `Source is copied before modules are downloaded (go ${first.sub} on line ${first.inst.node.range.start.line + 1}): a main.go edit invalidates this layer and re-runs the module download. Copy go.mod and go.sum first, run go mod download, then copy the rest.`,
      });
    }
  },
});
