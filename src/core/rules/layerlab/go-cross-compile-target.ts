/** Layerlab rule: a $BUILDPLATFORM builder whose go build ignores TARGETOS/TARGETARCH. */
import { layerlabRule } from '../define.ts';
import { envPairs, scriptOf } from '../model/instr.ts';
import { goCommands } from '../model/go.ts';
import type { Stage } from '../model/context.ts';
import { instRange } from '../model/util.ts';

function rawEnv(stage: Stage, name: string, before: number): string | undefined {
  let value: string | undefined;
  stage.instructions.slice(0, before).forEach((i) => {
    if (i.node.keyword === 'env') for (const kv of envPairs(i.node)) if (kv.key === name) value = kv.value;
    if (i.node.keyword === 'arg' && i.node.args.some((a) => a.value.split('=')[0] === name)) value = '$' + name;
    if (i.node.keyword === 'run' && scriptOf(i.node).includes('go env -w') && new RegExp(`go env -w .*${name}=`).test(scriptOf(i.node))) value = '$';
  });
  return value;
}

/** The builder runs natively on the build machine; without GOOS/GOARCH from TARGET* it builds for the wrong platform. */
export const goCrossCompileTarget = layerlabRule({
  id: 'GoCrossCompileTarget', title: 'Cross-compile with GOOS=$TARGETOS GOARCH=$TARGETARCH in $BUILDPLATFORM builders', severity: 'error', category: 'correctness',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (!stage.platform || !/\$\{?BUILDPLATFORM\}?/.test(stage.platform)) continue;
      const states = ctx.state(stage.index).before;
      for (const cmd of goCommands(stage)) {
        if (cmd.sub !== 'build' && cmd.sub !== 'install') continue;
        const original = cmd.inst.node.original;
        if (/xx-go|xx-info|xx-/.test(original)) continue;
        const arch = cmd.env.get('GOARCH') ?? rawEnv(stage, 'GOARCH', cmd.pos);
        if (arch !== undefined && arch.includes('$')) {
          const state = states[cmd.pos]!;
          const used = [...(arch + ' ' + (cmd.env.get('GOOS') ?? '')).matchAll(/\$\{?(TARGET[A-Z]+)/g)].map((m) => m[1]!);
          const missing = used.filter((v) => !state.declared.has(v));
          if (missing.length) report({ range: instRange(ctx, cmd.inst), message: `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} used but not declared with ARG in this stage, so ${missing.length > 1 ? 'they are' : 'it is'} empty and go builds for the build machine` });
          continue;
        }
        if (arch !== undefined) continue;
        report({ range: instRange(ctx, cmd.inst), message: `This stage runs on $BUILDPLATFORM but go ${cmd.sub} does not set GOOS=$TARGETOS GOARCH=$TARGETARCH: a linux/arm64 image would contain a linux/amd64 binary` });
      }
    }
  },
});
