// Tracks hadolint src/Hadolint/Rule/DL3018.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { instRange } from '../model/util.ts';
import { apkAdds } from './apk.ts';

/** apk add without versions in the final image: a rebuild may ship different packages. */
export const dl3018 = hadolintRule({
  id: 'DL3018', title: 'Pin versions in apk add', severity: 'warning', category: 'cache',
  check(ctx, report) {
    // Only the final image ships its packages; builder stages are judged by the binary they produce.
    const final = ctx.stages[ctx.target];
    for (const inst of final ? final.instructions : []) {
      if (inst.node.keyword !== 'run') continue;
      const unpinned = apkAdds(inst).flatMap((a) => a.packages.filter((p) => !p.includes('=') && !p.includes('$') && !p.endsWith('.apk')));
      if (unpinned.length) report({ range: instRange(ctx, inst), message: `Pin versions in apk add (${unpinned.join(', ')}): use <package>=<version>` });
    }
  },
});
