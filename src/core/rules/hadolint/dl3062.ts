// Tracks hadolint src/Hadolint/Rule/DL3062.hs (behaviour, re-implemented)
import { hadolintRule } from '../define.ts';
import { goCommands } from '../model/go.ts';
import { instRange } from '../model/util.ts';

/** go install/get/run of a remote package without @version: a rebuild may fetch another version. */
export const dl3062 = hadolintRule({
  id: 'DL3062', title: 'Pin versions in go install/get: use <package>@<version>', severity: 'warning', category: 'cache',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      for (const cmd of goCommands(stage)) {
        if (cmd.sub !== 'install' && cmd.sub !== 'get' && cmd.sub !== 'run') continue;
        const pkgs = cmd.args.filter((a) => !a.startsWith('-') && /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(a) && !a.includes('@') && !a.includes('$'));
        if (pkgs.length) report({ range: instRange(ctx, cmd.inst), message: `Pin a version: go ${cmd.sub} ${pkgs[0]}@<version>` });
      }
    }
  },
});
