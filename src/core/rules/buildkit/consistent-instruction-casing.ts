// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateCommandCasing)
import type { Word } from '../../syntax/types.ts';
import { buildkitRule } from '../define.ts';

/** Whether lower-casing (or upper-casing) changes nothing: ASCII letters are checked in place, anything else by conversion. */
function unchangedBy(s: string, lower: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return s === (lower ? s.toLowerCase() : s.toUpperCase());
    if (lower ? c >= 0x41 && c <= 0x5a : c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** All instructions should share one casing, the majority's. */
export const consistentInstructionCasing = buildkitRule({
  id: 'ConsistentInstructionCasing', title: 'All commands should use the same casing (upper or lower)', category: 'style', since: '1.8.0', fixable: true,
  check(ctx, report) {
    const words: Word[] = [];
    for (const stage of ctx.stages) {
      words.push(stage.from.node.keywordWord);
      for (const inst of stage.instructions) words.push(inst.node.keywordWord);
    }
    let lower = 0;
    let upper = 0;
    for (const w of words) {
      if (unchangedBy(w.value, true)) lower++;
      else if (unchangedBy(w.value, false)) upper++;
    }
    // Every keyword already in one casing (the usual file): nothing to report.
    if (lower === words.length || upper === words.length) return;
    const majorityLower = lower > upper;
    for (const w of words) {
      if (unchangedBy(w.value, majorityLower)) continue;
      const want = majorityLower ? w.value.toLowerCase() : w.value.toUpperCase();
      report({
        range: w.range, message: `Command '${w.value}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        fix: [{ range: w.range, newText: want }], fixTitle: `Write '${want}'`,
      });
    }
  },
});
