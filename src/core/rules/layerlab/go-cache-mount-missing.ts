/** Layerlab rule: go commands without BuildKit cache mounts. */
import { layerlabRule } from '../define.ts';
import { compiles, goCommands, goDirs } from '../model/go.ts';
import { instRange } from '../model/util.ts';

/** go mod download / go build / go test without cache mounts start cold whenever their layer reruns. */
export const goCacheMountMissing = layerlabRule({
  id: 'GoCacheMountMissing', title: 'Mount Go caches on go mod download, go build and go test', severity: 'info', category: 'time',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      // Made on first use: most stages run no go command.
      let seen: Set<number> | undefined;
      for (const cmd of goCommands(stage)) {
        if (seen?.has(cmd.inst.index) || cmd.mounts.some((m) => m.type === 'cache')) continue;
        const dirs = goDirs(ctx, states[cmd.pos]!, cmd);
        if (cmd.sub === 'mod download') {
          (seen ??= new Set()).add(cmd.inst.index);
          report({ range: instRange(ctx, cmd.inst), message: `go mod download has no cache mount: when go.mod changes, every module is downloaded again. Add --mount=type=cache,target=${dirs.gomodcache}` });
        } else if (compiles(cmd) && cmd.sub !== 'run') {
          (seen ??= new Set()).add(cmd.inst.index);
          const tool = cmd.sub === 'install' && cmd.args.some((a) => a.includes('@'));
          const cost = tool ? 'whenever this layer reruns, the tool and its dependencies are downloaded and compiled again' : 'a one-line source edit recompiles every package from scratch';
          report({ range: instRange(ctx, cmd.inst), message: `go ${cmd.sub} has no cache mount: ${cost}. Add --mount=type=cache,target=${dirs.gocache} (and ${dirs.gomodcache})` });
        }
      }
    }
  },
});
