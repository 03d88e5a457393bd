// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateCopySourcePath)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { cleanPath } from '../model/ignore.ts';
import { copyOf } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

/** COPY/ADD names a path that .dockerignore keeps out of the context, so it is missing at build time. */
export const copyIgnoredFile = buildkitRule({
  id: 'CopyIgnoredFile', title: 'Attempting to Copy file that is excluded by .dockerignore', category: 'correctness', since: '1.9.0',
  experimentalOn: ['modern'],
  check(ctx, report) {
    const matcher = ctx.context.dockerignore;
    if (!matcher || matcher.hasExclusions) return;
    const rootIgnored = matcher.patterns.some((p) => !p.exclusion && (p.text === '*' || p.text === '**' || p.text === '**/*'));
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        const kw = inst.node.keyword;
        if ((kw !== 'copy' && kw !== 'add') || inst.node.flags.some((f) => /^--from=/i.test(f.value))) return;
        for (const word of copyOf(inst.node).sources) {
          const src = cleanPath(expandWord(word.value, states[i]!.env, ctx.tree.escapeToken).result);
          if (kw === 'add' && /^[a-z]+:\/\/|^git@/i.test(word.value)) continue;
          if ((src === '.' || src === '/' || src === '') && !rootIgnored) continue;
          if (!matcher.matches(src)) continue;
          report({ range: instRange(ctx, inst), message: `Attempting to ${kw === 'add' ? 'Add' : 'Copy'} file "${src}" that is excluded by .dockerignore` });
        }
      });
    }
  },
});
