// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (reportConstPlatformDisallowed)
import { buildkitRule } from '../define.ts';
import { expandWord } from '../model/expand.ts';

const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'android', 'ios', 'aix', 'plan9', 'js', 'wasip1']);

/** `FROM --platform=linux/amd64` pins the stage and defeats multi-platform builds. */
export const fromPlatformFlagConstDisallowed = buildkitRule({
  id: 'FromPlatformFlagConstDisallowed', title: 'FROM --platform flag should not use a constant value', category: 'portability', since: '1.9.0',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.platform === undefined) continue;
      const m = expandWord(stage.platform, ctx.metaEnv, ctx.tree.escapeToken);
      if (m.matched.size > 0 || m.unmatched.size > 0) continue;
      const parts = m.result.toLowerCase().split('/');
      const os = parts[0] ?? '';
      const arch = parts[1] ?? (OSES.has(os) ? '' : os);
      if (!OSES.has(os) && parts.length > 1) continue;
      const name = stage.name ?? '';
      if ((os && name.includes(os)) || (arch && name.includes(arch))) continue;
      report({ range: stage.from.node.range, message: `FROM --platform flag should not use constant value "${m.result}"` });
    }
  },
});
