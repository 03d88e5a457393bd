/** Frontend errors that fail a build before any step runs (unknown flags, --from with variables...). */
import type { EngineProfile } from './engine.ts';
import type { RawInstruction } from './lines.ts';
import { readFlags } from './words.ts';

const KNOWN = new Set(['from', 'run', 'copy', 'add', 'workdir', 'env', 'arg', 'user', 'shell', 'label', 'expose', 'cmd', 'entrypoint', 'healthcheck', 'volume', 'stopsignal', 'maintainer', 'onbuild']);

/** Errors of one instruction on this engine. */
export function instructionErrors(ins: RawInstruction, engine: EngineProfile): string[] {
  const line = `line ${ins.line + 1}`;
  if (!KNOWN.has(ins.keyword)) return [`dockerfile parse error ${line}: unknown instruction: ${ins.keyword.toUpperCase()}`];
  const allowed = (engine.flags as Readonly<Record<string, readonly string[]>>)[ins.keyword];
  const errors: string[] = [];
  for (const flag of ins.flags) {
    const name = flag.replace(/^--/, '').split('=')[0]!.toLowerCase();
    if (!allowed || !allowed.includes(name)) errors.push(`dockerfile parse error ${line}: unknown flag: ${name}`);
  }
  if (ins.keyword === 'copy') {
    const from = readFlags(ins.flags).get('from');
    if (from !== undefined && from.includes('$')) errors.push(`${line}: variable expansion is not supported for --from`);
  }
  return errors;
}
