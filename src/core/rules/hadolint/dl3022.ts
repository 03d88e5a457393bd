// Tracks hadolint src/Hadolint/Rule/DL3022.hs (behaviour, re-implemented; image references are allowed)
import { hadolintRule } from '../define.ts';
import { flag } from '../model/instr.ts';
import { instRange, suggest } from '../model/util.ts';
import type { Stage } from '../model/context.ts';

/** Names of the stages before `index`. */
function namesBefore(stages: readonly Stage[], index: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < index; i++) {
    const name = stages[i]!.name;
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** COPY --from names a stage defined later, an index out of range, or a misspelt stage. */
export const dl3022 = hadolintRule({
  id: 'DL3022', title: 'COPY --from should reference a previously defined FROM alias', severity: 'warning', category: 'correctness',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      let earlier: string[] | undefined;
      for (const inst of stage.instructions) {
        if (inst.node.keyword !== 'copy' || inst.node.flags.length === 0) continue;
        const from = flag(inst.node, 'from')?.value;
        if (from === undefined || from.includes('$')) continue;
        earlier ??= namesBefore(ctx.stages, stage.index);
        const lower = from.toLowerCase();
        if (earlier.includes(lower) || lower === stage.name) continue;
        if (/^\d+$/.test(from)) {
          if (Number(from) >= stage.index) report({ range: instRange(ctx, inst), message: `COPY --from=${from} refers to a stage that is not defined before this one` });
          continue;
        }
        const later = ctx.stages.slice(stage.index + 1).some((s) => s.name === lower);
        const near = /[/:.@]/.test(from) ? undefined : suggest(lower, earlier);
        if (later) report({ range: instRange(ctx, inst), message: `COPY --from=${from} refers to a stage defined after this one` });
        else if (near) report({ range: instRange(ctx, inst), message: `COPY --from=${from} is no stage (did you mean ${near}?); BuildKit would pull an image named ${from}` });
      }
    }
  },
});
