// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateNoSecretKey)
import { buildkitRule } from '../define.ts';
import { argPairs, envPairs } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';
import { CHECKER_PROFILES } from '../engine-profile.ts';
import type { EngineId } from '../types.ts';

const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;

/** True when a variable name looks like it holds a secret (BuildKit's name heuristic; allow words differ per engine). */
export function looksSecret(name: string, engine: EngineId = 'latest'): boolean {
  const allow = CHECKER_PROFILES[engine].secretAllowWords;
  return DENY.test(name) && !name.split('_').some((w) => allow.includes(w.toLowerCase()));
}

/** ARG and ENV values end up in the image config or build history; secrets belong in secret mounts. */
export const secretsUsedInArgOrEnv = buildkitRule({
  id: 'SecretsUsedInArgOrEnv', title: 'Sensitive data should not be used in the ARG or ENV commands', category: 'security', since: '1.9.0',
  check(ctx, report) {
    for (const inst of allInsts(ctx)) {
      const kw = inst.node.keyword;
      const pairs = kw === 'env' ? envPairs(inst.node) : kw === 'arg' ? argPairs(inst.node) : [];
      for (const kv of pairs) {
        if (looksSecret(kv.key, ctx.engine)) report({ range: instRange(ctx, inst), message: `Do not use ARG or ENV instructions for sensitive data (${kw.toUpperCase()} "${kv.key}")` });
      }
    }
  },
});
