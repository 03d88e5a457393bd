// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (reportUnusedFromArgs)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { argPairs } from '../model/instr.ts';
import { suggest } from '../model/util.ts';

/** FROM (image or --platform) uses a variable no meta ARG declares. */
export const undefinedArgInFrom = buildkitRule({
  id: 'UndefinedArgInFrom', title: 'FROM command must use declared ARGs', category: 'correctness', since: '1.8.0',
  check(ctx, report) {
    if (!ctx.stages.some((stage) => stage.baseWord?.value.includes('$') || stage.platform?.includes('$'))) return;
    const keys = new Set(ctx.metaEnv.keys());
    for (const m of ctx.metaArgs) if (m.node.keyword === 'arg') for (const kv of argPairs(m.node)) keys.add(kv.key);
    for (const stage of ctx.stages) {
      const words = [stage.baseWord?.value, stage.platform].filter((w): w is string => w !== undefined);
      const reported = new Set<string>();
      for (const word of words) {
        for (const name of expandWord(word, ctx.metaEnv, ctx.tree.escapeToken).unmatched) {
          if (keys.has(name) || reported.has(name)) continue;
          reported.add(name);
          const hint = suggest(name, keys);
          report({ range: stage.from.node.range, message: `FROM argument '${name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}` });
        }
      }
    }
  },
});
