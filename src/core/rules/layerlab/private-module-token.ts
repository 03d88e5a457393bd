/** Layerlab rule: private-module credentials passed through ARG/ENV instead of secret or ssh mounts. */
import { layerlabRule } from '../define.ts';
import { argPairs, envPairs, scriptOf } from '../model/instr.ts';
import { looksSecret } from '../buildkit/secrets-used-in-arg-or-env.ts';
import { instRange } from '../model/util.ts';

const USES = /insteadOf|\.netrc|go\s+(mod\s+download|get|build|install)|GOPRIVATE|git\s+clone/;

/** ARG/ENV values land in the image history; a token used by git or go must come from --mount=type=secret. */
export const privateModuleToken = layerlabRule({
  id: 'PrivateModuleToken', title: 'Use secret or ssh mounts for private Go modules', severity: 'error', category: 'security',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      // Made on first use: most stages declare no secret-looking name.
      let names: Set<string> | undefined;
      for (const inst of stage.instructions) {
        const kw = inst.node.keyword;
        if (kw === 'arg') argPairs(inst.node).forEach((kv) => looksSecret(kv.key) && (names ??= new Set()).add(kv.key));
        if (kw === 'env') envPairs(inst.node).forEach((kv) => looksSecret(kv.key) && (names ??= new Set()).add(kv.key));
        if (kw !== 'run' || names === undefined) continue;
        const script = scriptOf(inst.node);
        const used = [...names].find((n) => new RegExp(`\\$\\{?${n}\\b`).test(script));
        if (!used || !USES.test(script)) continue;
        report({ range: instRange(ctx, inst), message: `$${used} reaches git/go through ARG or ENV, so it is stored in the image history; use RUN --mount=type=secret,id=${used.toLowerCase()} (or --mount=type=ssh) instead` });
      }
    }
  },
});
