/** The explicit rule registry: every rule, one import each, in documentation order. */
import { consistentInstructionCasing } from './buildkit/consistent-instruction-casing.ts';
import { copyIgnoredFile } from './buildkit/copy-ignored-file.ts';
import { duplicateStageName } from './buildkit/duplicate-stage-name.ts';
import { exposeInvalidFormat } from './buildkit/expose-invalid-format.ts';
import { exposeProtoCasing } from './buildkit/expose-proto-casing.ts';
import { fromAsCasing } from './buildkit/from-as-casing.ts';
import { fromPlatformFlagConstDisallowed } from './buildkit/from-platform-flag-const-disallowed.ts';
import { invalidBaseImagePlatform } from './buildkit/invalid-base-image-platform.ts';
import { invalidDefaultArgInFrom } from './buildkit/invalid-default-arg-in-from.ts';
import { invalidDefinitionDescription } from './buildkit/invalid-definition-description.ts';
import { jsonArgsRecommended } from './buildkit/json-args-recommended.ts';
import { legacyKeyValueFormat } from './buildkit/legacy-key-value-format.ts';
import { maintainerDeprecated } from './buildkit/maintainer-deprecated.ts';
import { multipleInstructionsDisallowed } from './buildkit/multiple-instructions-disallowed.ts';
import { noEmptyContinuation } from './buildkit/no-empty-continuation.ts';
import { redundantTargetPlatform } from './buildkit/redundant-target-platform.ts';
import { reservedStageName } from './buildkit/reserved-stage-name.ts';
import { secretsUsedInArgOrEnv } from './buildkit/secrets-used-in-arg-or-env.ts';
import { stageNameCasing } from './buildkit/stage-name-casing.ts';
import { undefinedArgInFrom } from './buildkit/undefined-arg-in-from.ts';
import { undefinedVar } from './buildkit/undefined-var.ts';
import { workdirRelativePath } from './buildkit/workdir-relative-path.ts';
import { dl3000 } from './hadolint/dl3000.ts';
import { dl3002 } from './hadolint/dl3002.ts';
import { dl3003 } from './hadolint/dl3003.ts';
import { dl3004 } from './hadolint/dl3004.ts';
import { dl3006 } from './hadolint/dl3006.ts';
import { dl3007 } from './hadolint/dl3007.ts';
import { dl3018 } from './hadolint/dl3018.ts';
import { dl3019 } from './hadolint/dl3019.ts';
import { dl3020 } from './hadolint/dl3020.ts';
import { dl3021 } from './hadolint/dl3021.ts';
import { dl3022 } from './hadolint/dl3022.ts';
import { dl3023 } from './hadolint/dl3023.ts';
import { dl3024 } from './hadolint/dl3024.ts';
import { dl3025 } from './hadolint/dl3025.ts';
import { dl3045 } from './hadolint/dl3045.ts';
import { dl3062 } from './hadolint/dl3062.ts';
import { dl3067 } from './hadolint/dl3067.ts';
import { dl4006 } from './hadolint/dl4006.ts';
import { contextHygiene } from './layerlab/context-hygiene.ts';
import { goCacheMountMissing } from './layerlab/go-cache-mount-missing.ts';
import { goCacheMountTarget } from './layerlab/go-cache-mount-target.ts';
import { goCgoStaticFinal } from './layerlab/go-cgo-static-final.ts';
import { goCrossCompileTarget } from './layerlab/go-cross-compile-target.ts';
import { goModWithoutSum } from './layerlab/go-mod-without-sum.ts';
import { goReleaseFlags } from './layerlab/go-release-flags.ts';
import { goSourceBeforeModDownload } from './layerlab/go-source-before-mod-download.ts';
import { goToolchainFinalStage } from './layerlab/go-toolchain-final-stage.ts';
import { goVersionMismatch } from './layerlab/go-version-mismatch.ts';
import { noShellRun } from './layerlab/no-shell-run.ts';
import { noShellShellForm } from './layerlab/no-shell-shell-form.ts';
import { privateModuleToken } from './layerlab/private-module-token.ts';
import { scratchCaCerts } from './layerlab/scratch-ca-certs.ts';
import { scratchNamedUser } from './layerlab/scratch-named-user.ts';
import { serialStages } from './layerlab/serial-stages.ts';
import { suppressionWithoutReason } from './layerlab/suppression-without-reason.ts';
import { syntaxError } from './layerlab/syntax-error.ts';
import { unreachableStage } from './layerlab/unreachable-stage.ts';
import type { Rule } from './types.ts';

/** Rules of family buildkit. */
export const buildkitRules: readonly Rule[] = [consistentInstructionCasing, copyIgnoredFile, duplicateStageName, exposeInvalidFormat, exposeProtoCasing, fromAsCasing, fromPlatformFlagConstDisallowed, invalidBaseImagePlatform, invalidDefaultArgInFrom, invalidDefinitionDescription, jsonArgsRecommended, legacyKeyValueFormat, maintainerDeprecated, multipleInstructionsDisallowed, noEmptyContinuation, redundantTargetPlatform, reservedStageName, secretsUsedInArgOrEnv, stageNameCasing, undefinedArgInFrom, undefinedVar, workdirRelativePath];

/** Rules of family hadolint. */
export const hadolintRules: readonly Rule[] = [dl3000, dl3002, dl3003, dl3004, dl3006, dl3007, dl3018, dl3019, dl3020, dl3021, dl3022, dl3023, dl3024, dl3025, dl3045, dl3062, dl3067, dl4006];

/** Rules of family layerlab. */
export const layerlabRules: readonly Rule[] = [contextHygiene, goCacheMountMissing, goCacheMountTarget, goCgoStaticFinal, goCrossCompileTarget, goModWithoutSum, goReleaseFlags, goSourceBeforeModDownload, goToolchainFinalStage, goVersionMismatch, noShellRun, noShellShellForm, privateModuleToken, scratchCaCerts, scratchNamedUser, serialStages, suppressionWithoutReason, syntaxError, unreachableStage];

/** Every rule. */
export const allRules: readonly Rule[] = [...buildkitRules, ...hadolintRules, ...layerlabRules];

/** hadolint ids that report the same problem as a BuildKit rule: when both fire on a line, only the BuildKit one is kept. */
export const ruleAliases: Readonly<Record<string, string>> = { DL3024: 'DuplicateStageName', DL3025: 'JSONArgsRecommended', DL3000: 'WorkdirRelativePath' };

/** Looks a rule up by id (case-insensitive). */
export function ruleById(id: string): Rule | undefined {
  const lower = id.toLowerCase();
  return allRules.find((r) => r.meta.id.toLowerCase() === lower);
}
