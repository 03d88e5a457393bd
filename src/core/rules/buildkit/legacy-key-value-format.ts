// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go (dispatchEnv, dispatchLabel: NoDelim)
import { buildkitRule } from '../define.ts';
import { envPairs } from '../model/instr.ts';
import { offsetAt, rangeOf } from '../model/text.ts';
import { allInsts, instRange, singleLine } from '../model/util.ts';

/** `ENV key value` is the legacy form; `ENV key=value` is unambiguous. */
export const legacyKeyValueFormat = buildkitRule({
  id: 'LegacyKeyValueFormat', title: 'Legacy key/value format with whitespace separator should not be used', category: 'style', since: '1.8.0', fixable: true,
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      const kw = inst.node.keyword;
      if (kw !== 'env' && kw !== 'label') continue;
      const pair = envPairs(inst.node).find((kv) => kv.legacy);
      if (!pair) continue;
      const name = kw.toUpperCase();
      const value = pair.value ?? '';
      const quotedWhole = /^"[^"\\]*"$/.test(value);
      const safe = singleLine(inst) && (quotedWhole || !/["'\\\x00-\x1f]/.test(value));
      const fix = safe
        ? [{ range: rangeOf(ctx.lines, offsetAt(ctx.lines, pair.word.range.start), offsetAt(ctx.lines, inst.node.range.end)), newText: `${pair.key}=${quotedWhole ? value : JSON.stringify(value)}` }]
        : undefined;
      report({ range: instRange(ctx, inst), message: `"${name} key=value" should be used instead of legacy "${name} key value" format`, ...(fix ? { fix, fixTitle: `Write ${name} ${pair.key}=…` } : {}) });
    }
  },
});
