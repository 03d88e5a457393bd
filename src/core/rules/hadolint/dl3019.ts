// Tracks hadolint src/Hadolint/Rule/DL3019.hs (behaviour, re-implemented; a cache mount on the apk cache counts as handled)
import { hadolintRule } from '../define.ts';
import { mountsOf } from '../model/typed.ts';
import { allInsts, instRange } from '../model/util.ts';
import { apkAdds } from './apk.ts';

/** apk add keeps its index in the layer unless --no-cache or a cache mount holds it. */
export const dl3019 = hadolintRule({
  id: 'DL3019', title: 'Use the --no-cache switch with apk add', severity: 'info', category: 'size',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'run') continue;
      const adds = apkAdds(inst);
      if (!adds.length || adds.every((a) => a.options.includes('--no-cache'))) continue;
      const cached = mountsOf(inst).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && /^\/(var\/cache\/apk|etc\/apk\/cache)\/?$/.test(m.target ?? ''));
      if (cached) continue;
      report({ range: instRange(ctx, inst), message: 'Use apk add --no-cache (or a cache mount on /var/cache/apk) so the package index does not stay in the layer' });
    }
  },
});
