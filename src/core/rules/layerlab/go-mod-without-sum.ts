/** Layerlab rule: go.mod copied without go.sum before downloading modules. */
import { layerlabRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { instRange } from '../model/util.ts';

/** `COPY go.mod ./` without go.sum: the download step cannot verify checksums and go.sum changes do not bust the layer. */
export const goModWithoutSum = layerlabRule({
  id: 'GoModWithoutSum', title: 'Copy go.sum together with go.mod', severity: 'warning', category: 'correctness',
  check(ctx, report) {
    if (ctx.context.files && !ctx.context.files.some((f) => /(^|\/)go\.sum$/.test(f))) return;
    for (const stage of ctx.stages) {
      const insts = stage.instructions;
      insts.forEach((inst, i) => {
        if (inst.node.keyword !== 'copy' || copyOf(inst.node).from !== undefined) return;
        const srcs = copyOf(inst.node).sources.map((s) => s.value);
        if (!srcs.some((s) => /(^|\/)go\.mod$/.test(s)) || srcs.some((s) => /go\.sum$|go\.\*|\*/.test(s))) return;
        const next = insts[i + 1];
        if (next && next.node.keyword === 'copy' && copyOf(next.node).sources.some((s) => /go\.sum$/.test(s.value))) return;
        report({ range: instRange(ctx, inst), message: 'go.mod is copied without go.sum: the module download is not verified and go.sum edits do not refresh this layer; copy both (COPY go.mod go.sum ./)' });
      });
    }
  },
});
