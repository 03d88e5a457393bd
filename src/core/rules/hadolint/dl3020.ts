// Tracks hadolint src/Hadolint/Rule/DL3020.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { copyOf, unquote } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';

const REMOTE = /^(?:[a-z]+:\/\/|git@)/i;
const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|gz|bz2|xz|zst)$/i;

/** ADD of plain local files: COPY does the same without ADD's surprises. */
export const dl3020 = hadolintRule({
  id: 'DL3020', title: 'Use COPY instead of ADD for files and folders', severity: 'error', category: 'correctness', fixable: true,
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      if (inst.node.keyword !== 'add' || inst.node.heredocs.length) continue;
      const { sources } = copyOf(inst.node);
      if (!sources.length || sources.some((s) => REMOTE.test(unquote(s.value)) || ARCHIVE.test(s.value) || s.value.includes('$'))) continue;
      if (inst.node.flags.some((f) => /^--(checksum|keep-git-dir|unpack)/.test(f.value))) continue;
      const kw = inst.node.keywordWord;
      report({ range: instRange(ctx, inst), message: 'Use COPY instead of ADD for local files and folders', fix: [{ range: kw.range, newText: kw.value === 'add' ? 'copy' : 'COPY' }], fixTitle: 'Replace ADD with COPY' });
    }
  },
});
