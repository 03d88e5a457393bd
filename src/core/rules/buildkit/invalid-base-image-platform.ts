// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateBaseImagePlatform)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';
import { parseImageRef } from '../model/images.ts';

/**
 * Platforms well-known images publish (from their registries' manifest lists, 2026). BuildKit compares the
 * pulled image's platform with the requested one; without a registry Layerlab can only say "this image
 * is not published for that platform", so every finding is marked uncertain.
 */
const PUBLISHED: Readonly<Record<string, readonly string[]>> = {
  golang: ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/mips64le', 'linux/riscv64', 'windows/amd64'],
  alpine: ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'],
  debian: ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/mips64le'],
  ubuntu: ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'],
  'gcr.io/distroless/static-debian12': ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/ppc64le', 'linux/s390x'],
  'gcr.io/distroless/base-debian12': ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/ppc64le', 'linux/s390x'],
};

/** The base image is not published for the platform the stage asks for. */
export const invalidBaseImagePlatform = buildkitRule({
  id: 'InvalidBaseImagePlatform', title: 'Base image platform does not match expected target platform', category: 'correctness',
  since: '1.8.0', noUpstreamPage: true,
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.baseStage !== undefined) continue;
      const published = PUBLISHED[parseImageRef(stage.base).name];
      if (!published) continue;
      const wanted = stage.platform !== undefined
        ? expandWord(stage.platform, ctx.metaEnv, ctx.tree.escapeToken).result
        : ctx.metaEnv.get('TARGETPLATFORM') ?? 'linux/amd64';
      const [os, arch] = wanted.split('/');
      if (!os || !arch || published.includes(`${os}/${arch}`)) continue;
      report({
        range: stage.from.node.range, message: `Base image ${stage.base} is not published for platform "${wanted}", expected "${wanted}" for current build`,
        uncertain: "based on Layerlab's table of platforms the image publishes, not on a registry lookup",
      });
    }
  },
});
