/** A readable snapshot of toStages output for golden fixtures: meta args, stages, commands with their state. */
import type { Instruction, StagesResult } from '../../src/core/instructions/index.ts';

const OMIT = new Set(['node', 'code', 'flags', 'range', 'kind']);

function fields(instr: Instruction): string {
  const kept = Object.entries(instr).filter(([k, v]) => !OMIT.has(k) && v !== undefined && !(Array.isArray(v) && v.length === 0));
  return JSON.stringify(Object.fromEntries(kept.map(([k, v]) => [k, k === 'mounts' ? (v as Array<Record<string, unknown>>).map(({ raw: _raw, ...m }) => Object.fromEntries(Object.entries(m).filter(([, x]) => x !== undefined))) : v])));
}

const line = (instr: { readonly range: { readonly start: { readonly line: number } } }): number => instr.range.start.line + 1;

/** The dump: one line per meta arg, stage header, and command (with env/workdir/user after it). */
export function dumpStages(result: StagesResult): string {
  const out: string[] = [];
  for (const m of result.metaArgs) out.push(`meta ${m.key}=${m.value ?? '<unset>'}`);
  for (const s of result.stages) {
    const base = s.base.kind === 'stage' ? `stage ${s.base.index}` : s.base.kind === 'image' ? `image ${s.baseName}` : 'scratch';
    out.push(`stage ${s.index} name=${s.name ?? '-'} display=${JSON.stringify(s.displayName)} base=${base} platform=${s.platform ?? '-'} reachable=${s.reachable}${s.index === result.target ? ' target' : ''}`);
    for (const c of s.commands) {
      out.push(`  L${line(c.instruction)} ${c.instruction.kind}${c.onbuild ? ' (onbuild)' : ''} ${fields(c.instruction)}`);
      out.push(`     env=[${c.after.env.filter((e) => e.key !== 'PATH').map((e) => `${e.key}=${e.value}`).join(' ')}] workdir=${c.after.workdir} user=${c.after.user || '-'}`);
    }
    for (const d of s.dependencies) out.push(`  dep ${d.via} cmd=${d.commandIndex} state=${d.state}${d.forward ? ' forward' : ''}`);
  }
  out.push(`states ${result.states.map((e) => (e.kind === 'stage' ? `stage:${e.stage}` : `unregistered:${e.baseName}`)).join(' ')}`);
  for (const p of result.problems) out.push(`${p.severity} L${p.range.start.line + 1} ${p.code}: ${p.message}`);
  return `${out.join('\n')}\n`;
}
