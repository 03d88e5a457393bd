// Tracks BuildKit frontend/dockerfile/instructions/parse.go (MaintainerDeprecated)
import { buildkitRule } from '../define.ts';
import { allInsts, instRange, singleLine } from '../model/util.ts';

/** MAINTAINER is deprecated; the OCI authors label says the same thing. */
export const maintainerDeprecated = buildkitRule({
  id: 'MaintainerDeprecated', title: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  category: 'style', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'maintainer') continue;
      const who = inst.node.args.map((a) => a.value).join(' ');
      const fix = singleLine(inst) && who
        ? [{ range: inst.node.range, newText: `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}` }]
        : undefined;
      report({ range: instRange(ctx, inst), message: 'Maintainer instruction is deprecated in favor of using label', ...(fix ? { fix, fixTitle: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors' } : {}) });
    }
  },
});
