// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert_expose.go (parsePort)
import { buildkitRule } from '../define.ts';
import { instRange, wordIsLiteral } from '../model/util.ts';
import { exposedPorts } from './expose-port.ts';

/** EXPOSE 8080/TCP: protocols are lowercase. */
export const exposeProtoCasing = buildkitRule({
  id: 'ExposeProtoCasing', title: 'Protocol in EXPOSE instruction should be lowercase', category: 'style', since: '1.18.0', fixable: true,
  check(ctx, report) {
    for (const { inst, word, raw, spec } of exposedPorts(ctx)) {
      if (spec.proto === spec.proto.toLowerCase()) continue;
      const fix = wordIsLiteral(ctx, word) ? [{ range: word.range, newText: word.value.toLowerCase() }] : undefined;
      report({ range: instRange(ctx, inst), message: `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`, ...(fix ? { fix, fixTitle: `Write '${word.value.toLowerCase()}'` } : {}) });
    }
  },
});
