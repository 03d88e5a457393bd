// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateBaseImagesWithDefaultArgs)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { argPairs } from '../model/instr.ts';
import { normalizeReference } from '../../instructions/index.ts';

/** True when a string parses as an image reference (distribution/reference ParseNormalizedNamed, via src/core/instructions). */
export function isValidReference(ref: string): boolean {
  return ref !== '' && normalizeReference(ref).ok;
}

/** The platform args BuildKit defines without a --build-arg (TARGET and BUILD × PLATFORM, OS, ARCH, VARIANT). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];

/** With no --build-arg, the ARG defaults give an empty or invalid base image. */
export const invalidDefaultArgInFrom = buildkitRule({
  id: 'InvalidDefaultArgInFrom', title: 'Default value for global ARG results in an empty or invalid base image name', category: 'correctness', since: '1.9.0',
  check(ctx, report) {
    if (!ctx.stages.some((stage) => stage.baseWord?.value.includes('$'))) return;
    const defaults = new Map<string, string>();
    for (const name of PLATFORM_ARGS) {
      const value = ctx.metaEnv.get(name);
      if (value !== undefined) defaults.set(name, value);
    }
    for (const m of ctx.metaArgs) {
      if (m.node.keyword !== 'arg') continue;
      for (const kv of argPairs(m.node)) if (kv.value !== undefined) defaults.set(kv.key, expandWord(kv.value, defaults, ctx.tree.escapeToken).result);
    }
    for (const stage of ctx.stages) {
      const raw = stage.baseWord?.value ?? '';
      if (!raw.includes('$')) continue;
      const result = expandWord(raw, defaults, ctx.tree.escapeToken).result;
      if (!isValidReference(result)) report({ range: stage.from.node.range, message: `Default value for ARG ${raw} results in empty or invalid base image name` });
    }
  },
});
