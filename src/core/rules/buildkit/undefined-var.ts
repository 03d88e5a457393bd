// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (reportUnmatchedVariables) and convert.go dispatch
import type { Word } from '../../syntax/types.ts';
import { buildkitRule } from '../define.ts';
import type { Inst } from '../model/context.ts';
import { expandWord, referencedVars } from '../model/expand.ts';
import { argPairs, copyOf, envPairs, flagsOf } from '../model/instr.ts';
import { instRange, suggest } from '../model/util.ts';

const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** Words BuildKit expands for an instruction (SupportsSingleWordExpansion); RUN, CMD and ENTRYPOINT are left to the shell, EXPOSE expands on its own without the check. */
function expandedWords(inst: Inst): string[] {
  const n = inst.node;
  switch (n.keyword) {
    case 'env':
    case 'label':
      return envPairs(n).flatMap((kv) => [kv.key, kv.value ?? '']);
    case 'arg':
      return argPairs(n).flatMap((kv) => (kv.value === undefined ? [] : [kv.value]));
    case 'copy':
    case 'add': {
      const c = copyOf(n);
      const flagWords = flagsOf(n).filter((f) => f.name === 'chown' || f.name === 'chmod').map((f) => f.value ?? '');
      // Like BuildKit, the body of an expandable COPY/ADD heredoc is expanded too (buildx#3718 asks it not to be).
      const bodies = n.heredocs.filter((h) => h.expand).map((h) => h.content);
      return [...c.sources.map((w: Word) => w.value), ...(c.dest ? [c.dest.value] : []), ...flagWords, ...bodies];
    }
    case 'user':
    case 'workdir':
    case 'volume':
    case 'stopsignal':
      return n.args.map((a) => a.value);
    default:
      return [];
  }
}

/** A variable is used before any ARG or ENV defines it. */
export const undefinedVar = buildkitRule({
  id: 'UndefinedVar', title: 'Variables should be defined before their use', category: 'correctness', since: '1.8.0',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        // No `$` anywhere: no word can reference a variable.
        if (!inst.node.original.includes('$') && !inst.node.heredocs.some((h) => h.content.includes('$'))) return;
        const state = states[i]!;
        const reported = new Set<string>();
        for (const word of expandedWords(inst)) {
          // Cheap pre-check: when every name that looks referenced is defined, the lexer cannot find an unmatched one.
          if (!word.includes('$') || referencedVars(word).every((n) => state.defines(n))) continue;
          for (const name of expandWord(word, state.env, ctx.tree.escapeToken).unmatched) {
            if (state.declared.has(name) || NON_ENV.has(name) || reported.has(name)) continue;
            reported.add(name);
            const hint = suggest(name, state.env.keys());
            report({
              range: instRange(ctx, inst), message: `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}`,
              ...(state.imageKnown ? {} : { uncertain: `base image ${stage.base} is not in Layerlab's image table; its ENV may define $${name}` }),
            });
          }
        }
      });
    }
  },
});
