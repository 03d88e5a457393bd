// Tracks hadolint src/Hadolint/Rule/DL3024.hs (behaviour, re-implemented; same finding as DuplicateStageName)
import { hadolintRule } from '../define.ts';

/** FROM aliases must be unique (hadolint's id for BuildKit's DuplicateStageName). */
export const dl3024 = hadolintRule({
  id: 'DL3024', title: 'FROM aliases (stage names) must be unique', severity: 'error', category: 'correctness',
  check(ctx, report) {
    const seen = new Set<string>();
    for (const stage of ctx.stages) {
      if (stage.name === undefined) continue;
      if (seen.has(stage.name)) report({ range: stage.from.node.range, message: `Stage name "${stage.name}" is used twice` });
      seen.add(stage.name);
    }
  },
});
