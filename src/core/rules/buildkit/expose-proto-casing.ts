// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert_expose.go (parsePort)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { instRange, wordIsLiteral } from '../model/util.ts';
import { splitPort } from './expose-port.ts';

/** EXPOSE 8080/TCP: protocols are lowercase. */
export const exposeProtoCasing = buildkitRule({
  id: 'ExposeProtoCasing', title: 'Protocol in EXPOSE instruction should be lowercase', category: 'style', since: '1.18.0', fixable: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      const states = ctx.state(stage.index).before;
      stage.instructions.forEach((inst, i) => {
        if (inst.node.keyword !== 'expose') return;
        for (const word of inst.node.args) {
          const raw = expandWord(word.value, states[i]!.env, ctx.tree.escapeToken).result;
          const { proto } = splitPort(raw);
          if (proto === proto.toLowerCase()) continue;
          const fix = wordIsLiteral(ctx, word) ? [{ range: word.range, newText: word.value.toLowerCase() }] : undefined;
          report({ range: instRange(ctx, inst), message: `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`, ...(fix ? { fix, fixTitle: `Write '${word.value.toLowerCase()}'` } : {}) });
        }
      });
    }
  },
});
