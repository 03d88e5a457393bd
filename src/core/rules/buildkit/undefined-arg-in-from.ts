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
    // Declared names, made when the first unmatched name needs them (most FROM lines match every name).
    let keys: Set<string> | undefined;
    const declared = (): Set<string> => {
      if (keys) return keys;
      keys = new Set(ctx.metaEnv.keys());
      for (const m of ctx.metaArgs) if (m.node.keyword === 'arg') for (const kv of argPairs(m.node)) keys.add(kv.key);
      return keys;
    };
    for (const stage of ctx.stages) {
      let reported: Set<string> | undefined;
      for (const word of [stage.baseWord?.value, stage.platform]) {
        if (word === undefined || !word.includes('$')) continue;
        for (const name of expandWord(word, ctx.metaEnv, ctx.tree.escapeToken).unmatched) {
          if (declared().has(name) || reported?.has(name)) continue;
          (reported ??= new Set()).add(name);
          const hint = suggest(name, declared());
          report({ range: stage.from.node.range, message: `FROM argument '${name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}` });
        }
      }
    }
  },
});
