/** What the checker does differently per BuildKit generation, as data (each entry checked against a recording in test/rules/buildkit-parity). */
import type { EngineId } from './types.ts';

/** The checker-relevant behaviour of one engine. */
export interface CheckerProfile {
  /** Dockerfile frontend version, for messages. */
  readonly frontend: string;
  /** `# check=skip=…` directly above an instruction applies to it (dockerfile 1.21.0, BuildKit commit a248d48d0). */
  readonly perInstructionCheck: boolean;
  /** Name words that exempt an ARG/ENV from SecretsUsedInArgOrEnv (`public` since 1.9 via PR #5410; `file`, `version` via PR #6501). */
  readonly secretAllowWords: readonly string[];
}

/** Profiles by engine: v0.8 has no checks at all (its BuildKit rules are disabled through RuleMeta.engines). */
export const CHECKER_PROFILES: Readonly<Record<EngineId, CheckerProfile>> = {
  'v0.8': { frontend: '1.2', perInstructionCheck: false, secretAllowWords: ['public'] },
  modern: { frontend: '1.19.0', perInstructionCheck: false, secretAllowWords: ['public'] },
  latest: { frontend: '1.21.0', perInstructionCheck: true, secretAllowWords: ['public', 'file', 'version'] },
};
