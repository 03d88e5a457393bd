/** Frontend errors that fail a build before any step runs (unknown flags, --from with variables...). */
import type { EngineProfile } from './engine.ts';
import type { RawInstruction } from './lines.ts';
import { readFlags } from './words.ts';

const KNOWN = new Set(['from', 'run', 'copy', 'add', 'workdir', 'env', 'arg', 'user', 'shell', 'label', 'expose', 'cmd', 'entrypoint', 'healthcheck', 'volume', 'stopsignal', 'maintainer', 'onbuild']);

/** Errors of one instruction on this engine. */
export function instructionErrors(ins: RawInstruction, engine: EngineProfile): string[] {
  const line = `line ${ins.line + 1}`;
  if (!KNOWN.has(ins.keyword)) return [`dockerfile parse error ${line}: unknown instruction: ${ins.keyword.toUpperCase()}`];
  const table: Readonly<Record<string, readonly string[]>> = { ...engine.flags, healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'] };
  const allowed = table[ins.keyword];
  const errors: string[] = [];
  if (ins.keyword === 'run') {
    for (const m of readFlags(ins.flags).all('mount')) {
      for (const field of m.split(',')) {
        const key = field.split('=')[0]!.trim().toLowerCase();
        if (key !== '' && !engine.mountKeys.includes(key)) errors.push(`${line}: unexpected key '${key}' in '${field}'`);
      }
    }
  }
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
