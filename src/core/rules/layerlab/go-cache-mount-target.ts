/** Layerlab rule: cache mounts that miss the effective GOMODCACHE/GOCACHE. */
import { layerlabRule } from '../define.ts';
import { cacheMountFor, clean, compiles, goCommands, goDirs } from '../model/go.ts';
import { expandWord } from '../model/expand.ts';
import { instRange } from '../model/util.ts';

/** A cache mount that Go never writes to: the build pays for the mount and caches nothing. */
export const goCacheMountTarget = layerlabRule({
  id: 'GoCacheMountTarget', title: 'Cache mount targets must match the effective GOMODCACHE and GOCACHE', severity: 'warning', category: 'time',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      // Made on first use: most stages report nothing.
      let done: Set<number> | undefined;
      for (const cmd of goCommands(stage)) {
        const caches = cmd.mounts.filter((m) => m.type === 'cache' && m.target);
        if (!caches.length || done?.has(cmd.inst.index)) continue;
        const state = states[cmd.pos]!;
        const dirs = goDirs(ctx, state, cmd);
        const targets = caches.map((m) => clean(expandWord(m.target!, state.env, ctx.tree.escapeToken).result));
        const goLike = targets.filter((t) => /go-build|pkg\/mod|\/go(\/|$)|gocache|gomod/i.test(t));
        if (!goLike.length) continue;
        const misses: string[] = [];
        if (cmd.sub === 'mod download' && !cacheMountFor(cmd.mounts, dirs.gomodcache, state.env) && goLike.some((t) => /mod/.test(t))) misses.push(`GOMODCACHE is ${dirs.gomodcache}`);
        if (compiles(cmd) && !cacheMountFor(cmd.mounts, dirs.gocache, state.env) && goLike.some((t) => /build|cache/i.test(t) && !/pkg\/mod/.test(t))) misses.push(`GOCACHE is ${dirs.gocache}`);
        if (!misses.length) continue;
        (done ??= new Set()).add(cmd.inst.index);
        report({
          range: instRange(ctx, cmd.inst),
          message: `Cache mount ${goLike.join(', ')} is not where Go keeps its cache here (${misses.join('; ')}): the mount stays empty and every build starts cold`,
          ...(dirs.guessed ? { uncertain: dirs.guessed } : state.imageKnown ? {} : { uncertain: `base image ${stage.base} is not in Layerlab's table; its ENV may set GOPATH or HOME` }),
        });
      }
    }
  },
});
