/** Layerlab rule: release builds without -trimpath or -ldflags "-s -w". */
import { layerlabRule } from '../define.ts';
import { goCommands } from '../model/go.ts';
import { finalStage, instRange } from '../model/util.ts';

/** Without -trimpath the binary embeds build paths (not reproducible); without -s -w it carries debug tables (20-30% larger). */
export const goReleaseFlags = layerlabRule({
  id: 'GoReleaseFlags', title: 'Build release binaries with -trimpath and -ldflags="-s -w"', severity: 'info', category: 'size',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final) return;
    for (const dep of final.deps) {
      const stage = ctx.stages[dep]!;
      const states = ctx.state(stage.index).before;
      for (const cmd of goCommands(stage)) {
        if (cmd.sub !== 'build') continue;
        const text = [...cmd.args, cmd.env.get('GOFLAGS') ?? '', states[cmd.pos]!.env.get('GOFLAGS') ?? ''].join(' ');
        const missing: string[] = [];
        if (!text.includes('-trimpath')) missing.push('-trimpath');
        if (!/-ldflags/.test(text) || !/-s\b/.test(text) || !/-w\b/.test(text)) missing.push('-ldflags="-s -w"');
        if (missing.length) report({ range: instRange(ctx, cmd.inst), message: `Release build without ${missing.join(' and ')}: the binary keeps build paths and debug tables (bigger image, not reproducible)` });
      }
    }
  },
});
